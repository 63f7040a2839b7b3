/**
 * Waivers from the manifest: `{rule, elements, justification, approvedBy, approvedOn?, expires}`.
 * A waiver is in force while `today <= expires`, where `today` is the run date (`--today`, which defaults
 * to the architecture date so that a report is reproducible); an expired waiver suppresses nothing and is
 * itself an error at its `expires`. A waiver naming an unknown rule is an error at its `rule`. `rule` may also
 * be a graph finding's code (`graph/isolated`): see graph-findings.ts.
 */
import type { Diagnostic, Suppression } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import type { ArchitectureModel, Text } from '../model/types.js';
import { configurableId, suggestRule } from './settings.js';

export interface ActiveWaiver {
  index: number;
  /** A rule id, or a graph finding's code. */
  rule: string;
  elements: string[];
  suppression: Suppression;
  /** Elements whose findings the waiver covered. */
  used: Set<string>;
}

const justificationText = (j: Text | string): string => (typeof j === 'string' ? j : j.en ? `${j.vi} / ${j.en}` : j.vi);

export function resolveWaivers(model: ArchitectureModel, today: string): { waivers: ActiveWaiver[]; diagnostics: Diagnostic[] } {
  const waivers: ActiveWaiver[] = [];
  const diagnostics: Diagnostic[] = [];
  (model.manifest.waivers ?? []).forEach((w, index) => {
    const rule = configurableId(w.rule);
    if (!rule) {
      diagnostics.push(diag('check/waiver-unknown-rule', { rule: w.rule, ...suggestRule(w.rule) }, model.manifestFile.at(['waivers', index, 'rule'])));
      return;
    }
    if (w.expires < today) {
      diagnostics.push(diag('check/waiver-expired', { rule, expires: w.expires, today }, model.manifestFile.at(['waivers', index, 'expires'])));
      return;
    }
    waivers.push({
      index,
      rule,
      elements: [...w.elements],
      suppression: { justification: justificationText(w.justification), approvedBy: w.approvedBy, expires: w.expires },
      used: new Set(),
    });
  });
  return { waivers, diagnostics };
}

/** The waiver covering a finding of `rule` about `element`, if any (and records its use). */
export function waiverFor(waivers: readonly ActiveWaiver[], rule: string, element: string | undefined): ActiveWaiver | undefined {
  if (!element) return undefined;
  const w = waivers.find((x) => x.rule === rule && x.elements.includes(element));
  w?.used.add(element);
  return w;
}

/** Info diagnostics for waived elements that matched no finding, for the rules and graph codes in `ranRules`. */
export function unusedWaivers(model: ArchitectureModel, waivers: readonly ActiveWaiver[], ranRules: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const w of waivers) {
    if (!ranRules.has(w.rule)) continue;
    w.elements.forEach((element, i) => {
      if (!w.used.has(element)) out.push(diag('check/waiver-unused', { rule: w.rule, element }, model.manifestFile.at(['waivers', w.index, 'elements', i])));
    });
  }
  return out;
}
