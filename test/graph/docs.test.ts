import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { block, elementTable, relationTable } from './doc-tables.js';

describe('docs/graph.md', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/graph.md'), 'utf8');
  it('shows the relation table and the ArchiMate mapping exactly as the code has them', () => {
    expect(doc).toContain(block('relations', relationTable()));
    expect(doc).toContain(block('archimate-elements', elementTable()));
  });
  it('documents every graph diagnostic code', () => {
    for (const code of ['graph/cycle', 'graph/isolated', 'graph/bypasses-integration-platform', 'graph/layer-violation']) expect(doc).toContain(`\`${code}\``);
  });
});
