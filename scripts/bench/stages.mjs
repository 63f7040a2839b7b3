#!/usr/bin/env node
/**
 * One cold, in-process run of every pipeline stage on a repository, using the built modules in dist/.
 * Prints one JSON object: milliseconds per stage (stages whose module is absent are left out), the
 * element count, the number of diagnostics and the process's peak RSS. Run by scripts/bench.mjs.
 *   node scripts/bench/stages.mjs DIR [--validate-only]   (without rules, report and render)
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const load = async (rel) => {
  try {
    return await import(pathToFileURL(path.join(DIST, rel)).href);
  } catch {
    return undefined;
  }
};
const dir = process.argv[2];
const validateOnly = process.argv.includes('--validate-only');
const ms = {};
const cpu = {};
let t = performance.now();
let c = process.cpuUsage();
const lap = (stage) => {
  const now = performance.now();
  const used = process.cpuUsage(c);
  ms[stage] = (ms[stage] ?? 0) + (now - t);
  cpu[stage] = (cpu[stage] ?? 0) + (used.user + used.system) / 1000;
  t = now;
  c = process.cpuUsage();
};
const [{ loadRepository }, { validateSchemas }, { Catalogues }, { buildModel }, perFile] = await Promise.all([
  load('load/load-repository.js'), load('schema/validate.js'), load('catalog/catalog.js'), load('model/build-model.js'), load('per-file/run-files.js'),
]);
const graphMod = await load('graph/build-graph.js');
const graphDiag = await load('graph/graph-diagnostics.js');
const languages = await load('model/missing-languages.js'); // absent before #20
const rulesMod = validateOnly ? undefined : await load('check/run-rules.js');
const reportModel = validateOnly ? undefined : await load('check/report-model.js');
const reportView = validateOnly ? undefined : await load('render/report.js');
lap('import');
// As in src/pipeline.ts: the per-file front parses and gets the schema verdict of each file (in threads when large).
const repo = loadRepository(dir, perFile ? { parse: (inputs) => perFile.runFiles(inputs) } : {});
lap('load');
const schema = validateSchemas(repo);
lap('schema');
const catalogues = Catalogues.load();
const built = buildModel(repo, schema, catalogues);
lap('model');
const diagnostics = [...repo.diagnostics, ...schema.diagnostics, ...built.diagnostics];
// As in src/pipeline.ts: validate's graph findings work on the model; the sorted graph is built only for rules.
if (graphDiag && built.model) {
  diagnostics.push(...graphDiag.graphDiagnostics(built.model, { complete: !diagnostics.some((d) => d.severity === 'error') }));
  // As in src/pipeline.ts, the texts missing a declared language are found with the graph findings.
  if (languages) diagnostics.push(...languages.missingLanguageDiagnostics(built.model));
  lap('graph');
}
const graph = graphMod && built.model && !validateOnly ? graphMod.buildGraph(built.model, catalogues) : undefined;
let check;
if (rulesMod && built.model) {
  check = rulesMod.runRules(built.model, catalogues, graph ? { graph } : {});
  lap('rules');
}
if (reportModel && reportView && check) {
  const report = reportModel.buildReport(built.model, catalogues, check, diagnostics, 'vi', 'bench');
  lap('report');
  const md = reportView.renderReport(report, 'md');
  if (typeof md !== 'string' || md.length === 0) throw new Error('empty report');
  lap('render');
}
process.stdout.write(
  JSON.stringify({ ms, cpu, elements: built.model?.elements.length ?? 0, diagnostics: diagnostics.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
