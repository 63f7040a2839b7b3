/**
 * The pipeline: load → schema → model → graph findings. Each stage returns diagnostics instead of throwing;
 * later stages run on what the earlier ones could build. Pure of process/stdout: the CLI prints.
 */
import { Catalogues } from './catalog/catalog.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { normalizeDiagnostics } from './diagnostics/sort.js';
import { loadRepository, type LoadOptions } from './load/load-repository.js';
import { buildGraph } from './graph/build-graph.js';
import { graphDiagnostics } from './graph/graph-diagnostics.js';
import type { ArchitectureGraph } from './graph/types.js';
import { buildModel } from './model/build-model.js';
import type { ArchitectureModel } from './model/types.js';
import { runFiles } from './per-file/run-files.js';
import { validateSchemas } from './schema/validate.js';

export interface ValidationResult {
  root: string;
  model?: ArchitectureModel;
  /** The dependency graph of the valid elements (present whenever the model is; built on first use). */
  readonly graph?: ArchitectureGraph;
  catalogues: Catalogues;
  diagnostics: Diagnostic[];
}

/** Runs every validation stage on a repository folder; throws only InputError (missing folder or manifest). */
export function validateRepository(dir: string, load: LoadOptions = {}): ValidationResult {
  const repo = loadRepository(dir, { parse: (inputs) => runFiles(inputs), ...load });
  const schema = validateSchemas(repo);
  const catalogues = Catalogues.load();
  const built = buildModel(repo, schema, catalogues);
  const diagnostics = [...repo.diagnostics, ...schema.diagnostics, ...built.diagnostics];
  const model = built.model;
  if (model) diagnostics.push(...graphDiagnostics(model, { complete: !diagnostics.some((d) => d.severity === 'error') }));
  const result = { root: repo.root, catalogues, diagnostics: normalizeDiagnostics(diagnostics), ...(model ? { model } : {}) };
  if (!model) return result;
  // `arch validate` never reads the sorted graph; the commands that do build it once, on first use.
  let graph: ArchitectureGraph | undefined;
  return Object.defineProperty(result, 'graph', { enumerable: true, get: () => (graph ??= buildGraph(model, catalogues)) });
}
