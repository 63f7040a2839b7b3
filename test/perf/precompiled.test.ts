import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { parseYaml } from '../../src/load/fast-parse.js';
import { CODE_CACHE_SUFFIX, loadGenerated } from '../../src/schema/load-generated.js';
import { ELEMENTS_SCHEMA_ID, MANIFEST_SCHEMA_ID, PRECOMPILED_FILE, createAjv, loadPrecompiled, schemaStamp } from '../../src/schema/registry.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The test's own copy of the validators: rebuilding dist/ here would race the tests that run the CLI. It
 * stays inside the project, where the generated code's require('ajv/…') resolves.
 */
const ownDir = fs.mkdtempSync(path.join(ROOT, 'dist', '.test-validators-'));
const built = path.join(ownDir, PRECOMPILED_FILE);
const shape = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params, message: e.message, schemaPath: e.schemaPath, parentSchema: e.parentSchema }));

describe('precompiled (standalone) validators', () => {
  afterAll(() => fs.rmSync(ownDir, { recursive: true, force: true }));
  beforeAll(() => {
    // The build step that writes the validators, into a folder of this test's own.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-validators.mjs'), '--out', built], { cwd: ROOT, stdio: 'pipe' });
  });

  it('report exactly what the run-time compiled schemas report', () => {
    const pre = loadPrecompiled(built);
    expect(pre).not.toBeNull();
    const ajv = createAjv();
    const files = generateArchitecture({ entities: 600, seed: 11, errors: 40 });
    files.set('elements/odd.yaml', 'elements:\n  - {kind: information-system, id: "X Y", name: {}, status: 3, securityLevel: 9, lastSecurityAssessment: 2024-13-45}\n  - {kind: nope}\n  - 7\n');
    let failing = 0;
    for (const [rel, text] of files) {
      const value = parseYaml(rel, text).value;
      const [name, id] = rel === 'arch.yaml' ? ['manifest', MANIFEST_SCHEMA_ID] : ['elements', ELEMENTS_SCHEMA_ID];
      const runtime = ajv.getSchema(id)!;
      const standalone = pre![name]!;
      const ok = runtime(value);
      expect(standalone(value), rel).toBe(ok);
      expect(shape(standalone.errors), rel).toEqual(shape(runtime.errors));
      if (!ok) failing++;
    }
    expect(failing).toBeGreaterThan(3);
  });

  it('count string lengths in code points as the run-time compiled schemas do, surrogates included', () => {
    const pre = loadPrecompiled(built)!;
    const runtime = createAjv().getSchema(ELEMENTS_SCHEMA_ID)!;
    const texts = ['😀'.repeat(300), '😀'.repeat(301), '\uD83D'.repeat(300), '\uD83D'.repeat(301), `${'😀'.repeat(299)}\uD83D\uD83D`, 'Đ'.repeat(301), ''];
    const value = { elements: texts.map((vi, i) => ({ kind: 'org-unit', id: `u-${i}`, name: { vi }, status: 'current' })) };
    const ok = runtime(value);
    expect(pre.elements!(value)).toBe(ok);
    expect(shape(pre.elements!.errors)).toEqual(shape(runtime.errors));
    const lengths = (runtime.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath} ${e.keyword}`);
    expect(lengths).toEqual(['/elements/1/name/vi maxLength', '/elements/3/name/vi maxLength', '/elements/4/name/vi maxLength', '/elements/5/name/vi maxLength', '/elements/6/name/vi minLength']);
  });

  it('are ignored when stamped for other schemas or damaged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-pre-'));
    const stale = path.join(dir, 'stale.cjs');
    fs.writeFileSync(stale, fs.readFileSync(built, 'utf8').replace(/exports\.stamp = ".*"/, 'exports.stamp = "0"'));
    expect(loadPrecompiled(stale)).toBeNull();
    const oneSchemaEdited = JSON.stringify((JSON.parse(schemaStamp()) as string[]).map((s, i) => (i === 2 ? s.replace('"type"', '"type" ') : s)));
    const edited = path.join(dir, 'edited.cjs');
    fs.writeFileSync(edited, fs.readFileSync(built, 'utf8').replace(/exports\.stamp = ".*"/, () => `exports.stamp = ${JSON.stringify(oneSchemaEdited)}`));
    expect(loadPrecompiled(edited)).toBeNull();
    const broken = path.join(dir, 'broken.cjs');
    fs.writeFileSync(broken, 'exports.manifest = (');
    expect(loadPrecompiled(broken)).toBeNull();
    expect(loadPrecompiled(path.join(dir, 'absent.cjs'))).toBeNull();
  });

  it('come with a V8 code cache that this Node accepts', () => {
    expect(fs.existsSync(built + CODE_CACHE_SUFFIX)).toBe(true);
    // A plain node process (the test runner's own flags could differ from a user's run).
    const probe = `const { loadGenerated } = await import(${JSON.stringify(path.join(ROOT, 'dist/schema/load-generated.js'))});
      const m = loadGenerated(${JSON.stringify(built)});
      process.stdout.write(JSON.stringify({ used: m.cacheUsed, ok: m.exports.manifest({}) }));`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }))).toEqual({ used: true, ok: false });
  });
});

describe('loading a generated file with a code cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-cache-'));
  const file = path.join(dir, 'gen.cjs');
  fs.writeFileSync(file, 'exports.twice = (n) => 2 * n;\nexports.file = __filename;\n');

  it('runs the file as CommonJS, without a cache', () => {
    const m = loadGenerated(file);
    expect([m.cacheUsed, (m.exports.twice as (n: number) => number)(21), m.exports.file]).toEqual([false, 42, file]);
  });

  it('uses a cache made from the same file, and compiles as usual when the cache is not V8\'s', () => {
    fs.writeFileSync(file + CODE_CACHE_SUFFIX, loadGenerated(file).script.createCachedData());
    expect(loadGenerated(file).cacheUsed).toBe(true);
    // Another source (V8 keeps what it compiled in this process, keyed by source, and would not look at the cache).
    fs.writeFileSync(file, 'exports.twice = (n) => n + n;\n');
    fs.writeFileSync(file + CODE_CACHE_SUFFIX, Buffer.from('not a code cache'.repeat(64)));
    const m = loadGenerated(file);
    expect([m.cacheUsed, (m.exports.twice as (n: number) => number)(4)]).toEqual([false, 8]);
  });
});
