#!/usr/bin/env node
/**
 * `npm run bench`: generates deterministic synthetic architectures (N = 1k, 10k, 100k), runs the built CLI
 * end to end as separate processes (median wall time, peak RSS) and every pipeline stage in-process, fits
 * the growth exponent, optionally runs the peers (scripts/compare-peers.mjs), and writes BENCHMARKS.md and
 * bench-results/results.json.
 *
 *   npm run bench                 1k, 10k, 100k; peers too if already installed
 *   npm run bench -- --quick      1k and 10k (every command at 1k only), fewer runs, no peers (under a minute)
 *   npm run bench -- --peers      install the peers from npm if needed and compare
 *   options: --sizes 1000,10000  --runs 5  --no-write (print only)  --render-only (BENCHMARKS.md from results.json)
 *            --against REV (the commit `arch validate` must not be slower than; default scripts/bench/baseline.mjs, none in --quick)
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchitecture, generatePortfolio, writeArchitecture } from './bench/generate-lib.mjs';
import { growthExponent, machine, median, medianOf, runTimed } from './bench/measure.mjs';
import { renderMarkdown } from './bench/report.mjs';
import { BASELINE_REV, prepareBaseline } from './bench/baseline.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/arch.js');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'render-only': { type: 'boolean', default: false },
    against: { type: 'string' },
  },
});
if (values['render-only']) {
  // Re-renders BENCHMARKS.md from the last bench-results/results.json (after editing scripts/bench/report.mjs).
  const report = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench-results/results.json'), 'utf8'));
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(report));
  process.exit(0);
}
const quick = values.quick;
const sizes = (values.sizes ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const runsFor = (n) => Number(values.runs ?? (quick ? 3 : n >= 100_000 ? 3 : 5));
const log = (s) => process.stderr.write(s);
const started = performance.now();

// 1. A fresh build (tsc + precompiled validators), as `npm install` would leave it.
log('bench: building…\n');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const env = machine();
const againstRev = values.against ?? (quick ? undefined : BASELINE_REV);
const baselineBin = againstRev ? prepareBaseline(ROOT, againstRev, log) : undefined;
log(`bench: ${env.cpu}, ${env.cores} cores, Node ${env.node}, load average ${env.loadAverage.join(' ')}\n`);

// 2. Start-up and a small real example.
const startupRuns = quick ? 7 : 15;
const timeRuns = (args, runs, cwd = ROOT) => {
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(runTimed(process.execPath, args, { cwd }));
  return { ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)), maxRssMB: median(rs.map((r) => r.maxRssMB)), codes: [...new Set(rs.map((r) => r.code))] };
};
const startup = {
  'node -e 0 (baseline)': timeRuns(['-e', '0'], startupRuns),
  'arch --version': timeRuns([BIN, '--version'], startupRuns),
  'arch --help': timeRuns([BIN, '--help'], startupRuns),
};
const examples = {};
for (const ex of fs.existsSync(path.join(ROOT, 'examples')) ? fs.readdirSync(path.join(ROOT, 'examples')).sort() : []) {
  const dir = path.join(ROOT, 'examples', ex);
  if (!fs.existsSync(path.join(dir, 'arch.yaml'))) continue;
  const r = timeRuns([BIN, 'validate', dir, '--format', 'json'], startupRuns);
  const json = runTimed(process.execPath, [BIN, 'validate', dir, '--format', 'json']).stdout;
  let elements = null;
  try {
    const stages = JSON.parse(runTimed(process.execPath, [path.join(ROOT, 'scripts/bench/stages.mjs'), dir]).stdout);
    elements = stages.elements;
  } catch {
    /* reported as unknown */
  }
  examples[ex] = { ...r, elements, diagnostics: (() => { try { return JSON.parse(json).diagnostics?.length ?? null; } catch { return null; } })() };
}
log(`bench: start-up and examples done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);

// 3. Synthetic architectures: end to end (separate processes) and per stage (in-process, cold).
const results = [];
for (const n of sizes) {
  const dir = path.join(ROOT, 'bench-results/data', `arch-${n}`);
  if (!fs.existsSync(path.join(dir, 'arch.yaml'))) {
    log(`bench: generating ${n} entities…\n`);
    writeArchitecture(dir, generateArchitecture({ entities: n, seed: 1 }));
  }
  const bytes = fs.readdirSync(dir, { recursive: true }).reduce((s, f) => s + (f.endsWith('.yaml') ? fs.statSync(path.join(dir, f)).size : 0), 0);
  const runs = runsFor(n);
  const validate = [];
  // With a baseline, its runs alternate with ours (A B A B…) and the ratio is taken pair by pair.
  const baseline = [];
  for (let i = 0; i < runs; i++) {
    validate.push(runTimed(process.execPath, [BIN, 'validate', dir]));
    if (baselineBin) baseline.push(runTimed(process.execPath, [baselineBin, 'validate', dir]));
  }
  // The floor (issue #13): a process that reads the same data as JSON and parses it.
  const jsonDir = `${dir}-json`;
  if (!fs.existsSync(jsonDir)) execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench/json-floor.mjs'), '--write', dir, jsonDir]);
  const floor = [];
  for (let i = 0; i < runs; i++) floor.push(runTimed(process.execPath, [path.join(ROOT, 'scripts/bench/json-floor.mjs'), jsonDir]));
  const stageRuns = [];
  for (let i = 0; i < runs; i++) {
    // rules, report and render (arch check's extra stages): at every size, but only 1k in --quick.
    const all = !quick || n <= 1000;
    const r = runTimed(process.execPath, [path.join(ROOT, 'scripts/bench/stages.mjs'), dir, ...(all ? [] : ['--validate-only'])]);
    try {
      stageRuns.push(JSON.parse(r.stdout));
    } catch {
      log(`bench: stage run failed at N=${n}: ${r.stderr.slice(0, 300)}\n`);
    }
  }
  // The baseline's own stages, for the reason of a regression.
  const baselineStages = [];
  for (let i = 0; baselineBin && i < runs; i++) {
    const r = runTimed(process.execPath, [path.join(path.dirname(baselineBin), '../scripts/bench/stages.mjs'), dir, '--validate-only']);
    try {
      baselineStages.push(JSON.parse(r.stdout).ms);
    } catch {
      log(`bench: baseline stage run failed at N=${n}: ${r.stderr.slice(0, 300)}\n`);
    }
  }
  const check = n <= 10_000 && !quick ? timeRuns([BIN, 'check', dir, '--format', 'json'], Math.min(runs, 3)) : undefined;
  const row = {
    entities: n,
    files: fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.yaml')).length,
    megabytes: bytes / 1e6,
    jsonFloor: { ms: median(floor.map((r) => r.ms)), maxRssMB: median(floor.map((r) => r.maxRssMB)) },
    validate: { ms: median(validate.map((r) => r.ms)), cpuMs: median(validate.map((r) => r.cpuMs)), maxRssMB: median(validate.map((r) => r.maxRssMB)), exitCodes: [...new Set(validate.map((r) => r.code))] },
    stages: medianOf(stageRuns.map((s) => s.ms)),
    stageCpu: medianOf(stageRuns.map((s) => s.cpu ?? {})),
    stageRssMB: median(stageRuns.map((s) => s.maxRssMB)),
    diagnostics: stageRuns[0]?.diagnostics ?? null,
    ...(check ? { check } : {}),
    ...(baselineBin
      ? { baseline: { rev: againstRev, ms: median(baseline.map((r) => r.ms)), ratio: median(validate.map((r, i) => r.ms / baseline[i].ms)), stages: medianOf(baselineStages) } }
      : {}),
  };
  results.push(row);
  // Partial results survive an interrupted run.
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results/partial.json'), JSON.stringify({ machine: env, startup, examples, results }, null, 2) + '\n');
  log(`bench: N=${n}: validate ${(row.validate.ms / 1000).toFixed(2)} s, peak ${row.validate.maxRssMB?.toFixed(0) ?? '?'} MB (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}

// 3b. Every command a user runs, end to end, at every size (one run each above 10k; capped at 10 minutes).
// `portfolio` reads a generated national portfolio (51 agencies) of the same total size; `lsp` is the
// edit → diagnostics round trip of scripts/bench/lsp-latency.mjs.
const COMMANDS = [
  ['check', (d, o) => ['check', d, '--format', 'json', '-o', `${o}/check.json`]],
  ['check --format stylish', (d) => ['check', d, '--format', 'stylish']],
  ['check --format md', (d, o) => ['check', d, '--format', 'md', '-o', `${o}/check.md`]],
  ['check --format html', (d, o) => ['check', d, '--format', 'html', '-o', `${o}/check.html`]],
  ['check --format sarif', (d, o) => ['check', d, '--format', 'sarif', '-o', `${o}/check.sarif`]],
  ['check --format junit', (d, o) => ['check', d, '--format', 'junit', '-o', `${o}/check.xml`]],
  ['outline md', (d, o) => ['outline', d, '--format', 'md', '-o', `${o}/outline.md`]],
  ['outline html', (d, o) => ['outline', d, '--format', 'html', '-o', `${o}/outline.html`]],
  ['outline docx', (d, o) => ['outline', d, '--format', 'docx', '-o', `${o}/outline.docx`]],
  ['graph dot', (d, o) => ['graph', d, '--format', 'dot', '-o', `${o}/graph.dot`]],
  ['graph mermaid', (d, o) => ['graph', d, '--format', 'mermaid', '-o', `${o}/graph.mmd`]],
  ['graph graphml', (d, o) => ['graph', d, '--format', 'graphml', '-o', `${o}/graph.graphml`]],
  ['graph json', (d, o) => ['graph', d, '--format', 'json', '-o', `${o}/graph.json`]],
  ['graph svg (whole graph: refused, exit 2)', (d, o) => ['graph', d, '--format', 'svg', '-o', `${o}/graph.svg`]],
  ['graph svg --root --depth 1', (d, o, p, c, root) => ['graph', d, '--format', 'svg', '--root', root, '--depth', '1', '-o', `${o}/graph.svg`]],
  ['export archimate', (d, o) => ['export', 'archimate', d, '-o', `${o}/model.xml`]],
  ['build', (d, o) => ['build', d, '--out', `${o}/site`]],
  ['portfolio json', (d, o, p) => ['portfolio', p, '--format', 'json', '-o', `${o}/portfolio.json`]],
  ['portfolio xlsx', (d, o, p) => ['portfolio', p, '--format', 'xlsx', '-o', `${o}/portfolio.xlsx`]],
  ['diff (1 % of elements changed)', (d, o, p, c) => ['diff', '--base', d, '--head', c, '--format', 'json', '-o', `${o}/diff.json`]],
];

/** A copy of `dir` in which one element in a hundred changes status (current → retiring), for `arch diff`. */
function changedCopy(dir) {
  const copy = `${dir}-changed`;
  if (fs.existsSync(copy)) return copy;
  fs.cpSync(dir, copy, { recursive: true });
  let seen = 0;
  for (const rel of fs.readdirSync(copy, { recursive: true }).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(copy, rel);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n {4}status: current\n/g, (m) => (++seen % 100 === 0 ? '\n    status: retiring\n' : m)));
  }
  return copy;
}
/** The id of the first information system of a generated architecture (ids differ with its size). */
function firstSystem(dir) {
  for (const rel of fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.yaml')).sort()) {
    const m = /kind: information-system\n\s+id: (\S+)/.exec(fs.readFileSync(path.join(dir, rel), 'utf8'));
    if (m) return m[1];
  }
  throw new Error(`no information system in ${dir}`);
}
const commands = {};
// --quick runs every command at 1k only, so that it stays under a minute.
for (const n of quick ? sizes.filter((x) => x <= 1000) : sizes) {
  const dir = path.join(ROOT, 'bench-results/data', `arch-${n}`);
  const pdir = path.join(ROOT, 'bench-results/data', `portfolio-${n}`);
  if (!fs.existsSync(pdir)) {
    log(`bench: generating a portfolio of ${n} entities…\n`);
    for (const [name, files] of generatePortfolio({ entities: n, seed: 1 })) writeArchitecture(path.join(pdir, name), files);
  }
  const changed = changedCopy(dir);
  const root = firstSystem(dir);
  const runs = n > 10_000 ? 1 : quick ? 1 : 3;
  for (const [name, args] of COMMANDS) {
    const rs = [];
    for (let i = 0; i < runs; i++) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-bench-'));
      rs.push(runTimed(process.execPath, [BIN, ...args(dir, out, pdir, changed, root)], { timeoutMs: 10 * 60_000 }));
      fs.rmSync(out, { recursive: true, force: true });
    }
    (commands[name] ??= {})[n] = { ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)), maxRssMB: median(rs.map((r) => r.maxRssMB)), codes: [...new Set(rs.map((r) => r.code))], timedOut: rs.some((r) => r.code === -1) };
    log(`bench: N=${n} ${name}: ${(commands[name][n].ms / 1000).toFixed(2)} s, exit ${commands[name][n].codes.join('/')}\n`);
  }
  const lsp = runTimed(process.execPath, [path.join(ROOT, 'scripts/bench/lsp-latency.mjs'), '--repo', dir, '--edits', n > 10_000 ? '5' : '15'], { timeoutMs: 10 * 60_000 });
  try {
    const j = JSON.parse(lsp.stdout);
    (commands['lsp edit → diagnostics'] ??= {})[n] = { ms: j.medianMs, firstMs: j.firstMs, maxRssMB: null, codes: [lsp.code] };
  } catch {
    (commands['lsp edit → diagnostics'] ??= {})[n] = { ms: null, maxRssMB: null, codes: [lsp.code], error: lsp.stderr.slice(0, 200) };
  }
  fs.writeFileSync(path.join(ROOT, 'bench-results/partial.json'), JSON.stringify({ machine: env, startup, examples, results, commands }, null, 2) + '\n');
}

// 4. Growth exponents (slope of log time over log N), end to end and per stage.
const exponents = { validate: growthExponent(results.map((r) => [r.entities, r.validate.ms])) };
for (const stage of new Set(results.flatMap((r) => Object.keys(r.stages)))) {
  if (stage !== 'import') exponents[stage] = growthExponent(results.map((r) => [r.entities, r.stages[stage]]));
}

// 5. Peers, when asked for (installs them) or already installed; never in --quick.
let peers = null;
if (!quick) {
  const cp = await import('./compare-peers.mjs');
  if (values.peers) cp.installPeers(log);
  if (cp.peersInstalled()) {
    peers = { versions: cp.PEER_VERSIONS, bySize: {} };
    for (const r of results) {
      log(`bench: peers at N=${r.entities}…\n`);
      peers.bySize[r.entities] = await cp.runPeers(r.entities, r.entities >= 100_000 ? 1 : Math.min(3, runsFor(r.entities)));
    }
  } else log('bench: peers not installed (npm run bench -- --peers installs them from the npm registry)\n');
}

const report = { generatedBy: 'arch scripts/bench.mjs', quick, machine: env, startup, examples, results, commands, exponents, peers, seconds: (performance.now() - started) / 1000 };
// The measurements first: a run of an hour is not lost to an error while rendering them.
if (!values['no-write']) {
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results/results.json'), JSON.stringify(report, null, 2) + '\n');
}
const md = renderMarkdown(report);
if (values['no-write']) process.stdout.write(md);
else {
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md);
  process.stdout.write(md);
  log(`bench: wrote BENCHMARKS.md and bench-results/results.json in ${report.seconds.toFixed(0)} s\n`);
}
