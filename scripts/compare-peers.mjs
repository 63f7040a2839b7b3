#!/usr/bin/env node
/**
 * Runs the peers available from npm on the same generated architectures as `arch validate` and prints the
 * ratios, so anyone can reproduce the comparison in BENCHMARKS.md.
 *
 *   node scripts/compare-peers.mjs [--sizes 1000,10000] [--runs 3] [--timeout 600]
 *
 * NEEDS THE NPM REGISTRY: on first use it installs the pinned peers below into bench-results/peers/
 * (git-ignored) with `npm install`; later runs reuse that folder. Nothing is installed into the project.
 *   - Spectral CLI (@stoplight/spectral-cli), twice: a 4-rule ruleset (kind and status enumerations, id
 *     pattern, Vietnamese name present) and our element-file JSON Schema as a Spectral `schema` rule;
 *   - ajv-cli with ajv-formats: our element-file JSON Schema (bundled into one file), all errors.
 *   - LikeC4 (`likec4 validate --ignore-layout`) on the same model converted to .c4 files
 *     (scripts/bench/to-likec4.mjs): parses, resolves every reference, validates the model. Without
 *     --ignore-layout it also lays out the default views, which costs far more and is not model validation.
 *   - LikeC4's static site (`likec4 build`) on the same model with views like the pages of `arch build` (an
 *     index, one view per information system), beside `arch build`; up to 10k elements (BUILD_PEER_MAX).
 * Spectral and ajv-cli see only the element files, check no cross-file reference and give no line:column for the
 * schema (ajv-cli); LikeC4 checks references but none of the schema's fields — `arch validate` does all of that,
 * so the comparison flatters the peers.
 * Every peer run is capped: Node heap 4 GB (about Node's default here) and a wall-time limit (SIGKILL); a peer
 * that runs out of either is reported as such, with the time it had run, not skipped.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchitecture, generateElements, writeArchitecture } from './bench/generate-lib.mjs';
import { median, runTimed } from './bench/measure.mjs';
import { likeC4Views, toLikeC4 } from './bench/to-likec4.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PEERS_DIR = path.join(ROOT, 'bench-results/peers');
const HEAP_MB = 4096;
export const DEFAULT_TIMEOUT_S = 600;
/** The peer compared with `arch build`, not with `arch validate`, and the largest size it is run at. */
export const BUILD_PEER = 'LikeC4 build (static site)';
export const BUILD_PEER_MAX = 10_000;
export const PEER_VERSIONS = { '@stoplight/spectral-cli': '6.16.3', 'ajv-cli': '5.0.0', 'ajv-formats': '3.0.1', likec4: '1.46.0' };
const KINDS = fs.readdirSync(path.join(ROOT, 'schemas/kinds')).map((f) => f.replace('.schema.json', '')).sort();

const bin = (name) => path.join(PEERS_DIR, 'node_modules/.bin', name);

/** Whether the pinned peers are installed in bench-results/peers. */
export function peersInstalled() {
  try {
    return Object.entries(PEER_VERSIONS).every(
      ([pkg, v]) => JSON.parse(fs.readFileSync(path.join(PEERS_DIR, 'node_modules', pkg, 'package.json'), 'utf8')).version === v,
    );
  } catch {
    return false;
  }
}

/** Installs the pinned peers with npm (needs the registry). */
export function installPeers(log = (s) => process.stderr.write(s)) {
  if (peersInstalled()) return;
  fs.mkdirSync(PEERS_DIR, { recursive: true });
  fs.writeFileSync(path.join(PEERS_DIR, 'package.json'), JSON.stringify({ name: 'arch-bench-peers', private: true }, null, 2));
  log(`compare-peers: installing ${Object.entries(PEER_VERSIONS).map(([p, v]) => `${p}@${v}`).join(', ')} into ${path.relative(ROOT, PEERS_DIR)} (npm registry)…\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--prefix', PEERS_DIR, ...Object.entries(PEER_VERSIONS).map(([p, v]) => `${p}@${v}`)], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Writes the peers' configuration (rulesets, bundled schema) once. */
async function peerConfig() {
  const { bundleSchema } = await import(pathToFileURL(path.join(ROOT, 'dist/schema/bundle.js')).href);
  const { ELEMENTS_SCHEMA_ID } = await import(pathToFileURL(path.join(ROOT, 'dist/schema/registry.js')).href);
  const schema = bundleSchema(ELEMENTS_SCHEMA_ID);
  const schemaFile = path.join(PEERS_DIR, 'elements.bundled.schema.json');
  fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2));
  const rules = path.join(PEERS_DIR, 'ruleset-4-rules.json');
  fs.writeFileSync(
    rules,
    JSON.stringify(
      {
        rules: {
          'element-kind': { given: '$.elements[*]', severity: 'error', then: { field: 'kind', function: 'enumeration', functionOptions: { values: KINDS } } },
          'element-id': { given: '$.elements[*]', severity: 'error', then: { field: 'id', function: 'pattern', functionOptions: { match: '^[a-z0-9]+(?:[-_.][a-z0-9]+)*$' } } },
          'element-name-vi': { given: '$.elements[*].name', severity: 'error', then: { field: 'vi', function: 'truthy' } },
          'element-status': { given: '$.elements[*]', severity: 'error', then: { field: 'status', function: 'enumeration', functionOptions: { values: ['current', 'target', 'planned', 'retiring'] } } },
        },
      },
      null,
      2,
    ),
  );
  const schemaRules = path.join(PEERS_DIR, 'ruleset-schema.json');
  fs.writeFileSync(schemaRules, JSON.stringify({ rules: { 'element-file-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12', allErrors: true } } } } }, null, 2));
  return { schemaFile, rules, schemaRules };
}

/**
 * The generated architecture of `n` entities (seed 1) under bench-results/data: `yaml` (arch's format, as
 * scripts/bench.mjs writes it) and `c4` (the same model for LikeC4); each is written when absent.
 */
export async function dataDirs(n) {
  const yaml = path.join(ROOT, 'bench-results/data', `arch-${n}`);
  const c4 = path.join(ROOT, 'bench-results/data', `likec4-${n}`);
  if (!fs.existsSync(path.join(yaml, 'arch.yaml'))) writeArchitecture(yaml, generateArchitecture({ entities: n, seed: 1 }));
  if (!fs.existsSync(path.join(c4, 'specification.c4'))) {
    const { RELATIONS } = await import(pathToFileURL(path.join(ROOT, 'dist/model/relations.js')).href);
    const files = toLikeC4(generateElements({ entities: n, seed: 1 }), RELATIONS);
    // specification.c4 last: its presence marks a complete folder.
    const spec = files.get('specification.c4');
    files.delete('specification.c4');
    writeArchitecture(c4, files);
    writeArchitecture(c4, new Map([['specification.c4', spec]]));
  }
  // The same .c4 files plus views.c4, for `likec4 build` (a folder of its own, so that the validate runs stay as they were).
  const site = path.join(ROOT, 'bench-results/data', `likec4-site-${n}`);
  if (n <= BUILD_PEER_MAX && !fs.existsSync(path.join(site, 'views.c4'))) {
    fs.rmSync(site, { recursive: true, force: true });
    fs.cpSync(c4, site, { recursive: true });
    writeArchitecture(site, new Map([['views.c4', likeC4Views(generateElements({ entities: n, seed: 1 }))]]));
  }
  return { yaml, c4, site: n <= BUILD_PEER_MAX ? site : undefined };
}

/** The peer commands for one generated architecture (`dataDirs`). */
export async function peerCommands({ yaml, c4, site }) {
  const { schemaFile, rules, schemaRules } = await peerConfig();
  const files = `${yaml}/elements/**/*.yaml`;
  return {
    'Spectral, 4-rule ruleset': [bin('spectral'), ['lint', files, '--ruleset', rules, '--format', 'json', '--quiet']],
    'Spectral, our JSON Schema': [bin('spectral'), ['lint', files, '--ruleset', schemaRules, '--format', 'json', '--quiet']],
    'ajv-cli (schema only)': [bin('ajv'), ['validate', '--spec=draft2020', '--all-errors', '--strict=false', '-c', 'ajv-formats', '-s', schemaFile, '-d', files]],
    'LikeC4 (same model as .c4)': [bin('likec4'), ['validate', '--ignore-layout', c4]],
    ...(site ? { [BUILD_PEER]: [bin('likec4'), ['build', '--output', path.join(PEERS_DIR, 'site-out'), site]] } : {}),
  };
}

/** How a capped peer run ended: 'ok', 'out of memory', 'timeout' (killed at the wall-time limit) or 'failed'. */
export function outcome(r, timeoutS) {
  if (r.code === 0) return 'ok';
  if (/heap out of memory|Reached heap limit/.test(r.stderr)) return 'out of memory';
  if (r.code === 137 && r.ms >= timeoutS * 1000 - 1000) return 'timeout';
  return 'failed';
}

/**
 * Median wall time and peak RSS of each peer on the architecture of `n` entities, each run capped by
 * `timeoutS` seconds and a 4 GB heap. `outcome` says how the runs ended; after a run that did not end 'ok',
 * that peer is not run again at this size, and `ms` is how long that run lasted.
 */
export async function runPeers(n, runs, timeoutS = DEFAULT_TIMEOUT_S) {
  const out = {};
  for (const [name, [cmd, args]] of Object.entries(await peerCommands(await dataDirs(n)))) {
    const rs = [];
    // A static-site build lasts tens of seconds to minutes: one run of it.
    for (let i = 0; i < (name === BUILD_PEER ? 1 : runs) && rs.every((r) => r.outcome === 'ok'); i++) {
      const r = runTimed('timeout', ['--foreground', '-s', 'KILL', String(timeoutS), cmd, ...args], { cwd: PEERS_DIR, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }, timeoutMs: (timeoutS + 60) * 1000 });
      rs.push({ ...r, outcome: outcome(r, timeoutS) });
    }
    fs.rmSync(path.join(PEERS_DIR, 'site-out'), { recursive: true, force: true });
    const bad = rs.find((r) => r.outcome !== 'ok');
    out[name] = bad
      ? { ms: bad.ms, cpuMs: bad.cpuMs, maxRssMB: bad.maxRssMB, ok: false, outcome: bad.outcome, timeoutS, error: (bad.stderr || bad.stdout || bad.error || '').slice(-300) }
      : { ms: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs)), maxRssMB: median(rs.map((r) => r.maxRssMB)), ok: true, outcome: 'ok' };
  }
  return out;
}

/** "12.3 s" or, for a run that did not end well, "out of memory after 133 s" / "> 600 s (timeout)" / "failed after 2.1 s". */
export function describeRun(r, seconds = (ms) => `${(ms / 1000).toFixed(1)} s`) {
  if (r.outcome === 'timeout') return `> ${r.timeoutS} s (timeout)`;
  if (r.outcome === 'out of memory' || r.outcome === 'failed') return `${r.outcome} after ${seconds(r.ms)}`;
  return seconds(r.ms);
}

/** One `arch build` of the architecture at `yaml` into a scratch folder (exit 1, findings, is a normal end). */
export function archBuild(yaml) {
  const out = path.join(PEERS_DIR, 'arch-build-out');
  fs.rmSync(out, { recursive: true, force: true });
  const r = runTimed(process.execPath, [path.join(ROOT, 'bin/arch.js'), 'build', yaml, '--out', out]);
  fs.rmSync(out, { recursive: true, force: true });
  if (r.code > 1) throw new Error(`compare-peers: arch build ${yaml} exited ${r.code}: ${r.stderr.slice(-300)}`);
  return r;
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' }, timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_S) } } });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  installPeers();
  for (const n of sizes) {
    const { yaml } = await dataDirs(n);
    const ours = [];
    for (let i = 0; i < runs; i++) ours.push(runTimed(process.execPath, [path.join(ROOT, 'bin/arch.js'), 'validate', yaml]));
    const base = median(ours.map((r) => r.ms));
    const baseCpu = median(ours.map((r) => r.cpuMs));
    process.stdout.write(`\nN = ${n}: arch validate ${(base / 1000).toFixed(2)} s, CPU ${((baseCpu ?? NaN) / 1000).toFixed(2)} s (peak ${median(ours.map((r) => r.maxRssMB))?.toFixed(0) ?? '?'} MB)\n`);
    const build = n <= BUILD_PEER_MAX ? archBuild(yaml) : undefined;
    if (build) process.stdout.write(`N = ${n}: arch build ${(build.ms / 1000).toFixed(2)} s, CPU ${((build.cpuMs ?? NaN) / 1000).toFixed(2)} s (peak ${build.maxRssMB?.toFixed(0) ?? '?'} MB)\n`);
    for (const [name, r] of Object.entries(await runPeers(n, runs, Number(values.timeout)))) {
      const [b, bCpu, what] = name === BUILD_PEER ? [build.ms, build.cpuMs, 'arch build'] : [base, baseCpu, 'arch validate'];
      const rss = `${r.cpuMs ? `, CPU ${(r.cpuMs / 1000).toFixed(2)} s (${(r.cpuMs / bCpu).toFixed(1)}×)` : ''}${r.maxRssMB ? `, peak ${r.maxRssMB.toFixed(0)} MB` : ''}`;
      const verdict = r.outcome === 'failed' ? `(exit ≠ 0: ${r.error})` : `→ ${what} is ${r.ok ? '' : '≥ '}${(r.ms / b).toFixed(1)}× ${r.ms >= b ? 'faster' : 'slower'}`;
      process.stdout.write(`  ${name.padEnd(28)} ${describeRun(r, (ms) => `${(ms / 1000).toFixed(2)} s`)}${rss}  ${verdict}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
