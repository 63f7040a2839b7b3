#!/usr/bin/env node
/**
 * Runs the peers available from npm on the same generated architectures as `arch validate` and prints the
 * ratios, so anyone can reproduce the comparison in BENCHMARKS.md.
 *
 *   node scripts/compare-peers.mjs [--sizes 1000,10000] [--runs 3]
 *
 * NEEDS THE NPM REGISTRY: on first use it installs the pinned peers below into bench-results/peers/
 * (git-ignored) with `npm install`; later runs reuse that folder. Nothing is installed into the project.
 *   - Spectral CLI (@stoplight/spectral-cli), twice: a 4-rule ruleset (kind and status enumerations, id
 *     pattern, Vietnamese name present) and our element-file JSON Schema as a Spectral `schema` rule;
 *   - ajv-cli with ajv-formats: our element-file JSON Schema (bundled into one file), all errors.
 * Both see only the element files, check no cross-file reference and give no line:column for the schema
 * (ajv-cli) — `arch validate` does all of that, so the comparison flatters the peers.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchitecture, writeArchitecture } from './bench/generate-lib.mjs';
import { median, runTimed } from './bench/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PEERS_DIR = path.join(ROOT, 'bench-results/peers');
export const PEER_VERSIONS = { '@stoplight/spectral-cli': '6.16.3', 'ajv-cli': '5.0.0', 'ajv-formats': '3.0.1' };
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

/** The peer commands for one generated architecture folder. */
export async function peerCommands(dataDir) {
  const { schemaFile, rules, schemaRules } = await peerConfig();
  const files = `${dataDir}/elements/**/*.yaml`;
  return {
    'Spectral, 4-rule ruleset': [bin('spectral'), ['lint', files, '--ruleset', rules, '--format', 'json', '--quiet']],
    'Spectral, our JSON Schema': [bin('spectral'), ['lint', files, '--ruleset', schemaRules, '--format', 'json', '--quiet']],
    'ajv-cli (schema only)': [bin('ajv'), ['validate', '--spec=draft2020', '--all-errors', '--strict=false', '-c', 'ajv-formats', '-s', schemaFile, '-d', files]],
  };
}

/** Median wall time and peak RSS of each peer on `dataDir`; `errors` when a peer failed to run. */
export async function runPeers(dataDir, runs) {
  const out = {};
  for (const [name, [cmd, args]] of Object.entries(await peerCommands(dataDir))) {
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(runTimed(cmd, args, { cwd: PEERS_DIR, env: { NODE_OPTIONS: '--max-old-space-size=4096' } }));
    const ok = rs.every((r) => r.code === 0);
    out[name] = { ms: median(rs.map((r) => r.ms)), maxRssMB: median(rs.map((r) => r.maxRssMB)), ok, ...(ok ? {} : { error: (rs.find((r) => r.code !== 0)?.stderr || rs[0].error || '').slice(0, 300) }) };
  }
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' } } });
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  installPeers();
  for (const n of sizes) {
    const dir = path.join(ROOT, 'bench-results/data', `arch-${n}`);
    if (!fs.existsSync(path.join(dir, 'arch.yaml'))) writeArchitecture(dir, generateArchitecture({ entities: n, seed: 1 }));
    const ours = [];
    for (let i = 0; i < runs; i++) ours.push(runTimed(process.execPath, [path.join(ROOT, 'bin/arch.js'), 'validate', dir]));
    const base = median(ours.map((r) => r.ms));
    process.stdout.write(`\nN = ${n}: arch validate ${(base / 1000).toFixed(2)} s (peak ${median(ours.map((r) => r.maxRssMB))?.toFixed(0) ?? '?'} MB)\n`);
    for (const [name, r] of Object.entries(await runPeers(dir, runs))) {
      const rss = r.maxRssMB ? `, peak ${r.maxRssMB.toFixed(0)} MB` : '';
      process.stdout.write(`  ${name.padEnd(28)} ${(r.ms / 1000).toFixed(2)} s${rss}  → arch is ${(r.ms / base).toFixed(1)}× ${r.ms >= base ? 'faster' : 'slower'}${r.ok ? '' : `  (exit ≠ 0: ${r.error})`}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
