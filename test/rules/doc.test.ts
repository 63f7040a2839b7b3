import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { rulesTable } from '../../src/rules/doc.js';
import { ROOT } from '../helpers/cli.js';

it('docs/rules.md holds the rule table generated from the registry', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  expect(doc.endsWith(`## Rules\n\n${rulesTable()}\n`), 'regenerate the table: node -e \'import("./dist/rules/doc.js").then(m => console.log(m.rulesTable()))\'').toBe(true);
});
