/**
 * The pipeline: load → schema → model (and its texts missing a declared language) → graph findings. Each stage
 * returns diagnostics instead of throwing; later stages run on what the earlier ones could build. Pure of
 * process/stdout: the CLI prints.
 */
import { Catalogues } from './catalog/catalog.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { normalizeDiagnostics } from './diagnostics/sort.js';
import { loadRepository, type LoadOptions } from './load/load-repository.js';
import { graphDiagnostics } from './graph/graph-diagnostics.js';
import { buildModel } from './model/build-model.js';
import { missingLanguageDiagnostics } from './model/missing-languages.js';
import type { ArchitectureModel } from './model/types.js';
import { runFiles } from './per-file/run-files.js';
import { validateSchemas } from './schema/validate.js';

export interface ValidationResult {
  root: string;
  model?: ArchitectureModel;
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
  if (model) diagnostics.push(...graphDiagnostics(model, { complete: !diagnostics.some((d) => d.severity === 'error') }), ...missingLanguageDiagnostics(model));
  // The graph of the model is built by the commands that navigate it, once (graph/graph-of.ts).
  return { root: repo.root, catalogues, diagnostics: normalizeDiagnostics(diagnostics), ...(model ? { model } : {}) };
}
