import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/arch.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The day "today" is for every CLI a test runs (ARCH_TODAY): `arch check` judges the law in force on it. */
export const TEST_TODAY = '2026-12-01';

/** Runs the CLI in-process (fast); English messages, no colour, today = TEST_TODAY, unless env says otherwise. */
export async function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY, ...opts.env },
    cwd: opts.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}

/** Runs the built CLI as a separate process, as a user would, with a time bound. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY, ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20_000,
    input: opts.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? (r.signal ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
}

/** Creates a throwaway repository from a map of relative paths to contents; returns its folder. */
export function tempRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

/** A minimal valid manifest for tests. */
export const MANIFEST = `ministry: {code: BYT, name: {vi: "Bộ Y tế", en: "Ministry of Health"}}
framework: "3.0"
architecture: {version: "1.0", date: 2024-12-31, status: draft}
`;
