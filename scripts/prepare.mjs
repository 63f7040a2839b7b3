#!/usr/bin/env node
/**
 * `npm prepare`: builds dist/ unless it is already newer than every input of the build. npm runs `prepare`
 * after `npm ci` and again when `npx arch` links this package into its cache on its first run (npm 11 does
 * that for a project's own bin); the second time the build is already there, so it is skipped and `npx arch`
 * starts in about a second instead of rebuilding for ten. Any change under src/, schemas/, templates/ or scripts/, or to
 * package.json or a tsconfig, makes the build run again.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'dist/cli/main.js'); // written last by the build (scripts/bundle-cli.mjs)
const INPUTS = ['src', 'schemas', 'templates', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under a file or folder (generated types excluded: the build writes them). */
function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const e of readdirSync(path)) if (e !== 'generated') max = Math.max(max, newest(join(path, e)));
  return max;
}

const built = statSync(OUTPUT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (built > 0 && INPUTS.every((i) => newest(join(root, i)) < built)) {
  console.log('prepare: dist/ is up to date; build skipped');
} else {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
