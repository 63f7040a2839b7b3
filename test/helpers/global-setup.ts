import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * CLI tests run the built binary: compile src/ to dist/ and bundle its entry (as `npm run build` does)
 * once per test run so it is never stale.
 * Every temporary folder a test (or a CLI it spawns) makes goes under one folder for this run,
 * removed at the end, so test runs leave nothing behind in the system's temporary folder.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { stdio: 'inherit' });
  const runDir = mkdtempSync(join(tmpdir(), 'arch-tests-'));
  chmodSync(runDir, 0o755); // tests that run the CLI as an unprivileged user (when run as root) must reach their folders
  process.env.TMPDIR = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
