/**
 * Graph findings (`graph/cycle`, `graph/isolated`, … of the validation stage) under the manifest, as rule
 * findings are: `rules:` sets a code's severity or turns it off, `waivers:` suppress its findings about named
 * elements. A graph finding is about the element its location lies in (the element holding the reference
 * that causes it, or the element itself). A finding that a running conformance rule reports with its legal
 * source is left out, so nothing is said twice.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ArchitectureModel } from '../model/types.js';
import { elementLocator } from './element-at.js';
import { GRAPH_CODES, type RuleSetting } from './settings.js';
import { waiverFor, type ActiveWaiver } from './waivers.js';

/** Graph findings that a conformance rule reports (and that waivers and rule settings then govern). */
const COVERED_BY_RULE: Record<string, string> = { 'graph/bypasses-integration-platform': 'C20' };

export interface GraphSettlement {
  /** The validation diagnostics, graph findings settled, in their order. */
  diagnostics: Diagnostic[];
  /** Graph codes that were checked: not off, not covered by a running rule (for unused waivers). */
  checked: string[];
}

/**
 * Applies settings and waivers to the graph findings among validation diagnostics. `ranRules` are the rules
 * that ran. Codes count as checked only when the earlier stages found no error: otherwise the graph is of a
 * partial model, and a waiver that matches nothing may only look unused.
 */
export function settleGraphFindings(
  model: ArchitectureModel,
  validation: readonly Diagnostic[],
  settings: ReadonlyMap<string, RuleSetting>,
  waivers: readonly ActiveWaiver[],
  ranRules: ReadonlySet<string>,
): GraphSettlement {
  const active = (code: string) => settings.get(code)?.severity !== 'off' && !ranRules.has(COVERED_BY_RULE[code] ?? '');
  const elementAt = elementLocator(model);
  const diagnostics: Diagnostic[] = [];
  for (const d of validation) {
    const setting = d.code.startsWith('graph/') ? settings.get(d.code) : undefined;
    if (!setting) {
      diagnostics.push(d);
      continue;
    }
    if (!active(d.code)) continue;
    const settled: Diagnostic = { ...d };
    if (setting.configured && setting.severity !== 'off') settled.severity = setting.severity;
    const w = waiverFor(waivers, d.code, elementAt(d.location));
    if (w) settled.suppression = w.suppression;
    diagnostics.push(settled);
  }
  const complete = !validation.some((d) => d.severity === 'error' && !d.code.startsWith('graph/'));
  return { diagnostics, checked: complete ? GRAPH_CODES.filter(active) : [] };
}
