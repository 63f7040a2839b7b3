/**
 * Issue #15 items 5 and 6: stdout write errors and environment errors are exit 2 with one line, never a
 * silent 0, a findings exit 1 or an "internal error". Through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, TEST_TODAY } from '../helpers/cli.js';
import { repoWith, tempDir } from './harness.js';

const EXAMPLE = path.join(ROOT, 'examples/bo-y-te');

function toFull(args: string[]): { status: number | null; stderr: string } {
  const full = fs.openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY }, timeout: 90_000 });
    return { status: r.status, stderr: r.stderr };
  } finally {
    fs.closeSync(full);
  }
}

const FULL = 'arch: cannot write standard output: ENOSPC, no space left on the device; free some space and run again\n';

describe('stdout on a full device (/dev/full)', () => {
  for (const args of [
    ['graph', EXAMPLE, '--format', 'json'],
    ['outline', EXAMPLE],
    ['check', EXAMPLE, '--format', 'sarif', '--as-of', '2026-01-01'],
    ['export', 'archimate', EXAMPLE],
    ['catalog'],
  ]) {
    it(`arch ${args.filter((a) => a !== EXAMPLE).join(' ')}: exit 2 with one line`, () => {
      const r = toFull(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(FULL);
    });
  }

  it('a failed write wins over the findings exit code: validate of a broken repository exits 2, not 1', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    const r = toFull(['validate', repo, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(FULL);
  });

  it('a reader that goes away (EPIPE) stays quiet', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" graph "${EXAMPLE}" --format json | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('environment errors are exit 2 with the path and what to do', () => {
  it('-o with a name too long (ENAMETOOLONG)', () => {
    const dir = tempDir();
    const long = path.join(dir, `${'x'.repeat(300)}.json`);
    const r = spawnSync(process.execPath, [BIN, 'graph', EXAMPLE, '--format', 'json', '-o', long], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`arch: cannot write ${long}: ENAMETOOLONG, file name or path too long; choose a shorter path\n`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('--out below a regular file (ENOTDIR) and under a name too long', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    for (const [out, code] of [[path.join(dir, 'file', 'site'), 'ENOTDIR'], [path.join(dir, 'y'.repeat(300)), 'ENAMETOOLONG']] as const) {
      const r = spawnSync(process.execPath, [BIN, 'build', EXAMPLE, '--out', out], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY }, timeout: 90_000 });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^arch: cannot (?:write|create the folder) \\S+: ${code}, [^\\n]+\\n$`));
      expect(r.stderr).not.toMatch(/internal error/);
    }
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });
});
