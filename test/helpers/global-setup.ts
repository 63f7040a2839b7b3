import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * CLI tests run the built binary: build dist/ as `npm run build` does (types from the schemas, tsc, the
 * precompiled validators and templates, the bundled entry) once per test run, so it is never stale.
 * Several runs may start at once (three suites beside each other, or a build in another terminal): the
 * build happens under a lock, and is skipped when dist/ was already built from the same sources, so a run
 * never rewrites dist/ under the CLI processes of another.
 * Every temporary folder a test (or a CLI it spawns) makes goes under one folder for this run,
 * removed at the end, so test runs leave nothing behind in the system's temporary folder.
 */
const STAMP = 'dist/.test-build-stamp';
const LOCK = 'dist/.test-build-lock';

/** The build scripts `npm run build` runs (build-validators also reads validators-postprocess.mjs). */
const BUILD_SCRIPTS = ['scripts/generate-types.mjs', 'scripts/build-validators.mjs', 'scripts/build-templates.mjs', 'scripts/bundle-cli.mjs'];

/** A digest of everything the build reads: src/ (less the types generated from the schemas), the schemas, the templates and the build scripts. */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'generated') walk(file);
      }
      else hash.update(file).update(readFileSync(file));
    }
  };
  walk('src');
  walk('schemas');
  walk('templates');
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json', ...BUILD_SCRIPTS, 'scripts/validators-postprocess.mjs']) hash.update(f).update(readFileSync(f));
  return hash.digest('hex');
}

function withLock(work: () => void): void {
  mkdirSync('dist', { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than ten minutes belongs to a run that died.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error(`global-setup: ${LOCK} is held for more than 15 minutes; remove it if no test run is building`);
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export default function setup(): () => void {
  withLock(() => {
    const digest = sourcesDigest();
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest && existsSync('dist/cli/main.js')) return;
    rmSync(STAMP, { force: true });
    execFileSync(process.execPath, ['scripts/generate-types.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/build-validators.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/build-templates.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
    writeFileSync(STAMP, digest);
  });
  const runDir = mkdtempSync(join(tmpdir(), 'arch-tests-'));
  chmodSync(runDir, 0o755); // tests that run the CLI as an unprivileged user (when run as root) must reach their folders
  process.env.TMPDIR = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
