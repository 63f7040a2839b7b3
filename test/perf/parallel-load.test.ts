import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchitecture, writeArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { loadRepository } from '../../src/load/load-repository.js';
import { runFiles } from '../../src/per-file/run-files.js';
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

/** The front stages with the per-file runner on `workers` threads, or with the loader's own serial parse. */
function pipeline(dir: string, workers?: number) {
  const repo = loadRepository(dir, workers === undefined ? {} : { parse: (inputs) => runFiles(inputs, { workers, minChars: 0 }) });
  const schema = validateSchemas(repo);
  const built = buildModel(repo, schema, Catalogues.load());
  return {
    files: repo.files.map((f) => [f.path, f.value]),
    diagnostics: normalizeDiagnostics([...repo.diagnostics, ...schema.diagnostics, ...built.diagnostics]),
    elements: built.model?.elements,
    references: built.model?.references,
  };
}

describe('per-file front in threads', () => {
  it('gives the same files, diagnostics and model as parsing and validating one stage after the other', () => {
    const dir = repoWithProblems();
    const serial = pipeline(dir);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/alias')).toBe(true);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/duplicate-key')).toBe(true);
    expect(serial.diagnostics.some((d) => d.code === 'yaml/syntax')).toBe(true);
    expect(serial.diagnostics.some((d) => d.code.startsWith('schema/'))).toBe(true);
    for (const workers of [0, 1, 3]) expect(pipeline(dir, workers)).toEqual(serial);
  });

  it('marks exactly the files the element schema accepts, so the schema stage explains only the others', () => {
    const dir = repoWithProblems();
    const repo = loadRepository(dir, { parse: (inputs) => runFiles(inputs, { workers: 1, minChars: 0 }) });
    const rejected = new Set(validateSchemas(loadRepository(dir)).diagnostics.filter((d) => d.code.startsWith('schema/')).map((d) => d.location?.file));
    expect(rejected.size).toBeGreaterThan(0);
    for (const f of repo.files) expect([f.path, f.schemaValid]).toEqual([f.path, !rejected.has(f.path)]);
  });

  it('keeps input order whatever the split, and parses small batches on the main thread', () => {
    const inputs = Array.from({ length: 7 }, (_, i) => ({ rel: `f${i}.yaml`, text: `n: ${i}\n${'x: '.repeat(i % 2)}${i % 2 ? 'y\n' : ''}` }));
    const serial = runFiles(inputs, { workers: 0 });
    expect(serial.map((r) => (r.value as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(runFiles(inputs, { workers: 2, minChars: 0 })).toEqual(serial);
    expect(runFiles(inputs, { workers: 2 })).toEqual(serial);
  });
});
