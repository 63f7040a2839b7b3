/**
 * "Nothing from the repository is ever run, and nothing is fetched" (issue 8, ROBUSTNESS.md §6 untrusted PR
 * mode) as a lint over src/: no network or process modules, no eval, dynamic imports and requires only of
 * the package's own modules, worker threads only with the package's own script.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = path.join(ROOT, 'src');
const sources = (fs.readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: `src/${f.split(path.sep).join('/')}`, text: fs.readFileSync(path.join(SRC, f), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '') }));

const hits = (re: RegExp) => sources.flatMap(({ file, text }) => [...text.matchAll(re)].map((m) => `${file}: ${m[0]}`));

describe('no code or data from outside the package is run or fetched', () => {
  it('scans the sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it('no network, process or inspector modules; vm only to load the package\'s own generated validators', () => {
    expect(hits(/from ['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|inspector|cluster)['"]/g)).toEqual([]);
    // One program is run: `git` (arch diff reads other versions through it), with a fixed argument list and
    // fsmonitor off, so that no configured program of the repository runs.
    expect(hits(/from ['"](?:node:)?child_process['"]/g)).toEqual(["src/diff/git.ts: from 'node:child_process'"]);
    const git = sources.find((s) => s.file === 'src/diff/git.ts')!.text;
    expect([...git.matchAll(/spawnSync\(([^,]+),/g)].map((m) => m[1])).toEqual(["'git'"]);
    expect(git).toContain("'-c', 'core.fsmonitor=false'");
    expect(hits(/from ['"](?:node:)?vm['"]/g)).toEqual(["src/schema/load-generated.ts: from 'node:vm'"]);
    expect(hits(/\bloadGenerated\(/g)).toEqual(['src/schema/load-generated.ts: loadGenerated(', 'src/schema/registry.ts: loadGenerated(']);
  });

  it('no eval, new Function, fetch or WebSocket', () => {
    expect(hits(/\beval\(|new Function\(|\bfetch\(|new WebSocket\(/g)).toEqual([]);
  });

  /** What the package may load by name: its own modules (a relative path) and its dependencies (package.json). */
  const DEPENDENCIES = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const ownOrDependency = (arg: string) => /^'\.\.?\//.test(arg) || DEPENDENCIES.some((d) => arg === `'${d}'` || arg.startsWith(`'${d}/`));
  const calls = (re: RegExp) => sources.flatMap(({ file, text }) => [...text.matchAll(re)].map((m) => ({ file, arg: m[1]!.trim() })));

  it('dynamic import() only of string literals naming the package\'s own modules or its dependencies', () => {
    // `typeof import('…')` is a type, not a load.
    const imports = calls(/(?<!typeof )\bimport\(([^)]*)\)/g);
    expect(imports.filter((c) => !ownOrDependency(c.arg))).toEqual([]);
    expect(imports.filter((c) => c.arg.startsWith("'.")).length).toBeGreaterThan(5);
    expect(imports.map((c) => c.arg).filter((a) => !a.startsWith("'."))).toEqual(["'@hpcc-js/wasm-graphviz'"]);
  });

  it('require() only of dependencies, and of the package\'s own precompiled templates by a path under its folder', () => {
    // Every way the sources require: `require`, `requireHere` and `createRequire(import.meta.url)(…)`.
    const requires = calls(/\b(?:require|requireHere|createRequire\(import\.meta\.url\))\(([^)]*)\)/g);
    expect(requires.length).toBeGreaterThan(8);
    expect(requires.filter((c) => !ownOrDependency(c.arg))).toEqual([{ file: 'src/render/precompiled.ts', arg: 'file' }]);
    // That `file`, and the one of the precompiled validators (run through loadGenerated), are in the package's dist folder.
    expect(sources.find((s) => s.file === 'src/schema/registry.ts')!.text).toMatch(/loadPrecompiled\(file = packagePath\('dist'/);
    expect(sources.find((s) => s.file === 'src/render/precompiled.ts')!.text).toMatch(/const file = here\.startsWith\(packagePath\('dist'\)\) \? packagePath\('dist', 'render', PRECOMPILED_FILE\) : path\.join\(here, PRECOMPILED_FILE\);/);
  });

  it('worker threads run only the package\'s own workers (per file, per portfolio repository, per diff version)', () => {
    expect(hits(/new Worker\(/g)).toEqual(['src/diff/versions.ts: new Worker(', 'src/per-file/run-files.ts: new Worker(', 'src/portfolio/run.ts: new Worker(']);
    expect(sources.find((s) => s.file === 'src/per-file/run-files.ts')!.text).toMatch(/'\.\/worker\.js'/);
    expect(sources.find((s) => s.file === 'src/portfolio/run.ts')!.text).toMatch(/'\.\/worker\.js'/);
    expect(sources.find((s) => s.file === 'src/diff/versions.ts')!.text).toMatch(/'\.\/check-worker\.js'/);
  });
});
