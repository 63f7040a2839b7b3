import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchitecture, writeArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { loadRepository } from '../../src/load/load-repository.js';
import { parseFiles } from '../../src/load/parse-files.js';
import { buildModel } from '../../src/model/build-model.js';
import { validateSchemas } from '../../src/schema/validate.js';
import { Catalogues } from '../../src/catalog/catalog.js';
import { normalizeDiagnostics } from '../../src/diagnostics/sort.js';

function repoWithProblems(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-par-'));
  writeArchitecture(dir, generateArchitecture({ entities: 900, seed: 5, errors: 6, cycles: 1 }));
  // Files the precise path must read (in whichever thread): an alias, a duplicate key, a syntax error.
  fs.writeFileSync(path.join(dir, 'elements/z-alias.yaml'), 'elements:\n  - &a {kind: principle}\n  - *a\n');
  fs.writeFileSync(path.join(dir, 'elements/z-dup.yaml'), 'elements: []\nelements: []\n');
  fs.writeFileSync(path.join(dir, 'elements/z-syntax.yaml'), 'elements:\n  - {kind: gap\n');
  return dir;
}

function pipeline(dir: string, workers: number) {
  const repo = loadRepository(dir, { parallel: { workers, minChars: 0 } });
  const schema = validateSchemas(repo);
  const built = buildModel(repo, schema, Catalogues.load());
  return {
    files: repo.files.map((f) => [f.path, f.value]),
    diagnostics: normalizeDiagnostics([...repo.diagnostics, ...schema.diagnostics, ...built.diagnostics]),
    elements: built.model?.elements,
    references: built.model?.references,
  };
}

describe('parallel parsing', () => {
  it('gives the same files, diagnostics and model as serial parsing', () => {
    const dir = repoWithProblems();
    const serial = pipeline(dir, 0);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/alias')).toBe(true);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/duplicate-key')).toBe(true);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/syntax')).toBe(true);
    for (const workers of [1, 3]) expect(pipeline(dir, workers)).toEqual(serial);
  });

  it('keeps input order whatever the split, and parses small batches on the main thread', () => {
    const inputs = Array.from({ length: 7 }, (_, i) => ({ rel: `f${i}.yaml`, text: `n: ${i}\n${'x: '.repeat(i % 2)}${i % 2 ? 'y\n' : ''}` }));
    const serial = parseFiles(inputs, { workers: 0 });
    expect(serial.map((r) => (r.value as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseFiles(inputs, { workers: 2, minChars: 0 })).toEqual(serial);
    expect(parseFiles(inputs, { workers: 2 })).toEqual(serial);
  });
});
