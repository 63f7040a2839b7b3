/**
 * Shared helpers of the bad-input corpus (ROBUSTNESS.md §7): build a repository from a fixture,
 * run the built CLI on it as a separate process, and read back what a user would see.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { MANIFEST, ROOT, spawnCli, type CliResult } from '../helpers/cli.js';

export const BAD = path.join(ROOT, 'test/fixtures/bad');

/** A valid element file used by rows that need a loadable repository besides the broken part. */
export const UNIT = `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục Công nghệ thông tin", en: "IT Department"}
    status: current
`;

/** A fresh, world-readable temp folder (some rows run the CLI as an unprivileged user). */
export function tempDir(prefix = 'arch-bad-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}

/**
 * Builds a repository from a fixture of test/fixtures/bad: a file becomes `a.yaml` beside the test manifest;
 * a folder is copied as is (with the test manifest unless it brings its own arch.yaml).
 */
export function repoFromFixture(name: string, extra: Record<string, string | Uint8Array> = {}): string {
  const src = path.join(BAD, name);
  const dir = tempDir();
  if (fs.statSync(src).isDirectory()) fs.cpSync(src, dir, { recursive: true });
  else fs.copyFileSync(src, path.join(dir, 'a.yaml'));
  if (!fs.existsSync(path.join(dir, 'arch.yaml'))) write(dir, 'arch.yaml', MANIFEST);
  for (const [rel, content] of Object.entries(extra)) write(dir, rel, content);
  return dir;
}

/** A repository with the test manifest and the given files. */
export function repoWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  write(dir, 'arch.yaml', MANIFEST);
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

/** `arch validate .` run from inside the repository, so paths print repository-relative. */
export function validate(dir: string, args: string[] = [], env: Record<string, string> = {}): CliResult {
  // The time bound is a hang detector (a machine shared with other test runs can be slow), not a speed check.
  return spawnCli(['validate', '.', ...args], { cwd: dir, env, timeoutMs: 90_000 });
}

const STYLISH = /^(\S.*?)  (error|warning|info|waived)  (.*)  ([a-z]+\/[A-Za-z0-9-]+)$/;

export interface Finding {
  where: string;
  severity: string;
  message: string;
  code: string;
}

/** The finding lines of stylish output (`file:line:col  severity  message  code`). */
export function findings(stderr: string): Finding[] {
  const out: Finding[] = [];
  for (const line of stderr.split('\n')) {
    const m = STYLISH.exec(line);
    if (m) out.push({ where: m[1]!, severity: m[2]!, message: m[3]!, code: m[4]! });
  }
  return out;
}

/** `file:line:col severity code` of every finding, in output order. */
export const lines = (r: CliResult): string[] => findings(r.stderr).map((f) => `${f.where} ${f.severity} ${f.code}`);

/** What every run must satisfy whatever the input: no stack trace, no internal error, no signal death. */
export function expectNoCrash(r: CliResult): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(all).not.toMatch(/internal error|FATAL ERROR|RangeError|TypeError|Maximum call stack/);
  expect([0, 1, 2]).toContain(r.code);
}

/** Exact exit code, exact findings (location, severity, code), nothing on stdout, no crash. */
export function expectFindings(r: CliResult, exit: number, expected: string[]): void {
  expectNoCrash(r);
  expect(lines(r)).toEqual(expected);
  expect(r.code).toBe(exit);
  expect(r.stdout).toBe('');
}

/** Lists files below `dir` whose names look like temp files of an atomic write. */
export function tempFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tmp$/.test(f));
}
