/** Validation, then conformance: the whole of `arch check` below the CLI. */
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

/**
 * Graph findings that a conformance rule reports with its legal source (and that waivers and rule settings
 * then govern): while the rule runs, the graph finding is left out of the check so nothing is said twice.
 */
const COVERED_BY_RULE: Record<string, string> = { 'graph/bypasses-integration-platform': 'C20' };

export function checkRepository(dir: string, opts: CheckOptions = {}): CheckRepositoryResult {
  const validation = validateRepository(dir);
  if (!validation.model) return { validation, diagnostics: validation.diagnostics };
  const check = runRules(validation.model, validation.catalogues, { ...(validation.graph ? { graph: validation.graph } : {}), ...opts });
  const running = new Set(check.results.filter((r) => r.status !== 'off' && r.status !== 'not_applicable').map((r) => r.meta.id));
  const covered = (d: Diagnostic) => running.has(COVERED_BY_RULE[d.code] ?? '');
  validation.diagnostics = validation.diagnostics.filter((d) => !covered(d));
  return { validation, check, diagnostics: normalizeDiagnostics([...validation.diagnostics, ...check.diagnostics]) };
}
