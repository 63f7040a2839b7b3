/** docs/metamodel.md is the guided tour of the schemas: it must name every kind and every field they define. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/kinds.js';
import { readSchema } from '../../src/schema/registry.js';
import { ROOT } from '../helpers/cli.js';

const doc = fs.readFileSync(path.join(ROOT, 'docs/metamodel.md'), 'utf8');

describe('docs/metamodel.md', () => {
  it.each([...KINDS])('documents the kind %s and each of its fields', (kind) => {
    expect(doc).toContain(`### \`${kind}\``);
    const props = Object.keys(readSchema(`kinds/${kind}.schema.json`).properties as object);
    expect(props.filter((p) => !doc.includes(`\`${p}\``))).toEqual([]);
  });

  it('documents every top-level manifest field and every catalogue namespace', () => {
    const props = Object.keys(readSchema('manifest.schema.json').properties as object);
    expect(props.filter((p) => !new RegExp(`\`${p}[.\`[]`).test(doc))).toEqual([]);
    for (const ns of ['national:', 'std:', 'ministry:', 'province:']) expect(doc).toContain(`\`${ns}`);
    expect(doc).toContain('# yaml-language-server: $schema=');
  });
});
