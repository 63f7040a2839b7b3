/**
 * ROBUSTNESS.md §7 F (row 67) and §6: the CLI's streams, exit codes, colour, signals and -o outputs,
 * always through the built binary as a separate process (pipes, TTYs and signals only exist there).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, spawnCli } from '../helpers/cli.js';
import { expectNoCrash, repoWith, tempFiles, validate } from './harness.js';

/** A repository whose JSON report is larger than `mib` MiB (100 findings per file, 5 KB of JSON each… roughly). */
function noisyRepo(files: number): string {
  const content: Record<string, string> = {};
  for (let f = 0; f < files; f++) {
    content[`f${f}.yaml`] = `elements:\n${Array.from({ length: 100 }, (_, i) => `  - {kind: org-unit, id: u${f}-${i}, name: {vi: "x"}, status: current, owner: missing-${i}}`).join('\n')}\n`;
  }
  return repoWith(content);
}

const sh = (script: string, cwd: string) => spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 90_000, env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' } });
const ANSI = /\u001b\[/;

describe('ROBUSTNESS §7 F67 and §6: streams, exit codes, colour, signals', () => {
  it('arch validate --format json | head -c 100: no EPIPE stack trace, exit 1 (the findings), 100 bytes delivered', () => {
    const repo = noisyRepo(10);
    const r = sh(`node ${BIN} validate . --format json 2>err.txt | head -c 100 > head.txt; echo "\${PIPESTATUS[0]}"`, repo);
    expect(r.stdout.trim()).toBe('1');
    expect(fs.readFileSync(path.join(repo, 'err.txt'), 'utf8')).toBe('');
    expect(fs.statSync(path.join(repo, 'head.txt')).size).toBe(100);
  });

  it('a JSON report over 3 MiB piped to a file is complete (no process.exit truncation at 64 KiB)', () => {
    const repo = noisyRepo(50);
    const r = sh(`node ${BIN} validate . --format json 2>err.txt | cat > report.json; echo "\${PIPESTATUS[0]}"`, repo);
    expect(r.stdout.trim(), fs.readFileSync(path.join(repo, 'err.txt'), 'utf8')).toBe('1');
    const text = fs.readFileSync(path.join(repo, 'report.json'), 'utf8');
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const report = JSON.parse(text) as { diagnostics: unknown[]; summary: { error: number } };
    expect(report.diagnostics).toHaveLength(report.summary.error);
    expect(report.summary.error).toBe(5000);
  });

  it('not a TTY: no ANSI; FORCE_COLOR adds it (so the check can fail); NO_COLOR beats FORCE_COLOR', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    const plain = validate(repo);
    expect(plain.stderr).toContain('a.yaml:2:1');
    expect(plain.stderr).not.toMatch(ANSI);
    expect(validate(repo, [], { FORCE_COLOR: '1' }).stderr).toMatch(ANSI);
    expect(validate(repo, [], { FORCE_COLOR: '1', NO_COLOR: '1' }).stderr).not.toMatch(ANSI);
  });

  it('on a real terminal (script(1) pseudo-TTY): colour by default, none with NO_COLOR=1 or TERM=dumb', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    const tty = (env: string) => sh(`${env} script -qec "node ${BIN} validate ." /dev/null`, repo).stdout;
    expect(tty('TERM=xterm')).toMatch(ANSI);
    expect(tty('TERM=xterm NO_COLOR=1')).not.toMatch(ANSI);
    expect(tty('TERM=dumb')).not.toMatch(ANSI);
  });

  it('machine formats go to stdout, the human format to stderr', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    const json = validate(repo, ['--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { error: 1 } });
    expect(json.stderr).toBe('');
    const human = validate(repo);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain('yaml/syntax');
  });

  it('unknown flag, unknown command, bad choice: the error and the usage on stderr, nothing on stdout, exit 2', () => {
    for (const args of [['validate', '--bogus'], ['bogus'], ['validate', '--format', 'xml']]) {
      const r = spawnCli(args, { cwd: repoWith({}) });
      expectNoCrash(r);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toMatch(/\nUsage: arch /);
    }
  });

  it('--help and --version go to stdout with exit 0', () => {
    const help = spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: arch /);
    expect(help.stderr).toBe('');
    expect(spawnCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('SIGINT at any moment of a run with -o: exit 130 (or the run had finished), the old report or a complete new one, no temp files', async () => {
    const repo = noisyRepo(30);
    const out = path.join(repo, 'report.json');
    // An earlier report that the interrupted run must not damage.
    expect(validate(repo, ['--format', 'json', '-o', 'report.json']).code).toBe(1);
    const before = fs.readFileSync(out, 'utf8');
    fs.appendFileSync(path.join(repo, 'f0.yaml'), '  - {kind: org-unit, id: extra, name: {vi: "x"}, status: current, owner: missing-x}\n');
    for (const delay of [150, 400, 800, 1500]) {
      const child = spawn(process.execPath, [BIN, 'validate', '.', '--format', 'json', '-o', 'report.json'], { cwd: repo, env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      setTimeout(() => child.kill('SIGINT'), delay);
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
      // Killed before the handler was installed (signal), handled (130), or already done (1).
      expect(signal === 'SIGINT' || code === 130 || code === 1, `delay ${delay}: code ${code} signal ${signal}`).toBe(true);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(tempFiles(repo)).toEqual([]);
      const now = fs.readFileSync(out, 'utf8');
      const parsed = JSON.parse(now) as { summary: { error: number } };
      expect([3000, 3001]).toContain(parsed.summary.error);
      if (parsed.summary.error === 3000) expect(now).toBe(before);
    }
  });
});
