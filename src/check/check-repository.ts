/**
 * Validation, then conformance: the whole of `arch check` below the CLI. The manifest's rule settings and
 * waivers govern the graph findings of validation too (src/check/graph-findings.ts).
 */
import type { LoadOptions } from '../load/load-repository.js';
import { validateRepository, type ValidationResult } from '../pipeline.js';
import { normalizeDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runRules, type CheckOptions, type CheckResult } from './run-rules.js';

export interface CheckRepositoryResult {
  validation: ValidationResult;
  /** Absent when the manifest could not be read into a model. */
  check?: CheckResult;
  /** Validation diagnostics and rule findings together, sorted. */
  diagnostics: Diagnostic[];
}

export function checkRepository(dir: string, opts: CheckOptions = {}, load: LoadOptions = {}): CheckRepositoryResult {
  const validation = validateRepository(dir, load);
  if (!validation.model) return { validation, diagnostics: validation.diagnostics };
  const check = runRules(validation.model, validation.catalogues, { validation: validation.diagnostics, ...opts });
  // The validation findings as the rule settings and waivers leave them (a new result; the first is not changed).
  const settled = { ...validation, diagnostics: check.validation };
  return { validation: settled, check, diagnostics: normalizeDiagnostics([...settled.diagnostics, ...check.diagnostics]) };
}
