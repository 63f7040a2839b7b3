/** Measurement helpers of the benchmark: timed child processes with peak RSS, medians, growth exponents. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command as a separate process; returns wall milliseconds, CPU milliseconds (user + system) and peak
 * RSS in MB (both from /usr/bin/time when available, else null), exit code and output.
 */
export function runTimed(cmd, args, opts = {}) {
  const rssFile = path.join(os.tmpdir(), `arch-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [c, a] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(c, a, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: opts.timeoutMs ?? 15 * 60_000 });
  const ms = performance.now() - t0;
  let maxRssMB = null;
  let cpuMs = null;
  if (TIME) {
    try {
      const [kb, user, sys] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      if (Number.isFinite(kb)) maxRssMB = kb / 1024;
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    } catch {
      /* the child did not start */
    }
    fs.rmSync(rssFile, { force: true });
  }
  return { ms, cpuMs, maxRssMB, code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error?.message };
}

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Least-squares slope of log(time) against log(N): 1 means linear growth. */
export function growthExponent(points) {
  const p = points.filter(([n, t]) => n > 0 && t > 0);
  if (p.length < 2) return null;
  const xs = p.map(([n]) => Math.log(n));
  const ys = p.map(([, t]) => Math.log(t));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/** Runs `fn` `runs` times and returns the per-key medians of the numeric results. */
export function medianOf(results) {
  const out = {};
  for (const key of new Set(results.flatMap((r) => Object.keys(r)))) out[key] = median(results.map((r) => r[key]));
  return out;
}

export function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
