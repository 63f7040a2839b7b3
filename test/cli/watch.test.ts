/**
 * `--watch` on validate, check and build: the built CLI runs as a process, the test edits the repository
 * and reads each re-run's output; errors do not stop the watch; Ctrl-C (SIGINT) exits 130.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

function copyExample(name: string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arch-watch-')), name);
  fs.cpSync(path.join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

class Watched {
  readonly proc: ChildProcessWithoutNullStreams;
  out = '';
  err = '';
  constructor(args: string[], cwd: string) {
    this.proc = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' } });
    this.proc.stdout.on('data', (b: Buffer) => (this.out += b.toString()));
    this.proc.stderr.on('data', (b: Buffer) => (this.err += b.toString()));
  }
  runs(): number {
    return this.err.split('— watching for changes').length - 1;
  }
  /** Waits until the watch has finished `n` runs in all. */
  async waitRuns(n: number, timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    while (this.runs() < n) {
      if (Date.now() - start > timeoutMs) throw new Error(`only ${this.runs()} runs after ${timeoutMs} ms\nstdout:\n${this.out}\nstderr:\n${this.err}`);
      if (this.proc.exitCode !== null) throw new Error(`exited ${this.proc.exitCode}\n${this.err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  stop(): Promise<number | null> {
    return new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)));
      this.proc.kill('SIGINT');
    });
  }
}

describe('--watch', () => {
  it('validate re-runs on every change, keeps going after errors and exits 130 on Ctrl-C', async () => {
    const dir = copyExample('bo-y-te');
    const w = new Watched(['validate', '.', '--watch'], dir);
    await w.waitRuns(1);
    expect(w.err).toContain('✔ No problems found.');
    const file = path.join(dir, 'ung-dung/ket-noi.yaml');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('from: lgsp-byt', 'from: lgsp-bytt'));
    await w.waitRuns(2);
    expect(w.err.split('— watching')[1]).toMatch(/ung-dung\/ket-noi\.yaml:\d+:\d+ {2}error {2}.*lgsp-bytt.*did you mean "lgsp-byt"/);
    fs.writeFileSync(file, `${good}\n  - [unclosed\n`);
    await w.waitRuns(3);
    expect(w.err.split('— watching')[2]).toMatch(/ung-dung\/ket-noi\.yaml:\d+:\d+ {2}error {2}.* yaml\//);
    fs.writeFileSync(file, good);
    await w.waitRuns(4);
    expect(w.err.split('— watching')[3]).toContain('✔ No problems found.');
    // A file that is not YAML does not trigger a run.
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    await new Promise((r) => setTimeout(r, 800));
    expect(w.runs()).toBe(4);
    expect(await w.stop()).toBe(130);
  });

  it('check --watch reports the conformance findings again after an edit', async () => {
    const dir = copyExample('bo-y-te');
    const w = new Watched(['check', '.', '--watch'], dir);
    await w.waitRuns(1);
    const first = w.err;
    const file = path.join(dir, 'ung-dung/he-thong-thong-tin.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    securityLevel: 3\n', '    securityLevel: 9\n'));
    await w.waitRuns(2);
    const second = w.err.slice(first.length);
    expect(second).toMatch(/he-thong-thong-tin\.yaml:\d+:\d+ {2}error .*schema\/range/);
    expect(await w.stop()).toBe(130);
  });

  it('build --watch ignores what it writes into an output folder inside the repository', async () => {
    const dir = copyExample('bo-tttt-2015');
    const w = new Watched(['build', '.', '--out', 'site', '--watch'], dir);
    await w.waitRuns(1, 60_000);
    expect(fs.existsSync(path.join(dir, 'site/index.html'))).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(w.runs()).toBe(1);
    const manifest = path.join(dir, 'arch.yaml');
    fs.writeFileSync(manifest, `${fs.readFileSync(manifest, 'utf8')}\n`);
    await w.waitRuns(2, 60_000);
    expect(w.err).toMatch(/arch build: wrote \d+ files[^]*arch build: wrote \d+ files/);
    expect(await w.stop()).toBe(130);
  });
});
