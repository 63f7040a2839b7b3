/**
 * Runs the conformance rules of a profile over a model: applicability by profile and architecture date,
 * severity and options from the manifest, waivers, and for every rule a status (pass, fail, waived,
 * not applicable, off) with its evidence (findings, or the elements it examined). The same settings and
 * waivers then apply to the graph findings of the validation stage (graph-findings.ts).
 */
import type { Catalogues } from '../catalog/catalog.js';
import { getProfile, type Profile } from '../catalog/profiles.js';
import type { Diagnostic, Localized, Location } from '../diagnostics/diagnostic.js';
import { diag, format } from '../diagnostics/messages.js';
import { normalizeDiagnostics } from '../diagnostics/sort.js';
import { graphOf } from '../graph/graph-of.js';
import type { Kind } from '../model/kinds.js';
import { elementsOfKind } from '../model/by-kind.js';
import type { ArchitectureModel, Element, ElementOf } from '../model/types.js';
import { RULE_DATA } from '../rules/data.js';
import { RULES } from '../rules/index.js';
import { resolveCitation, sourcesInForce, sourcesText } from '../rules/legal-sources.js';
import type { ConfiguredSeverity, Finding, Rule, RuleContext, RuleMeta } from '../rules/types.js';
import { settleGraphFindings } from './graph-findings.js';
import { resolveSettings } from './settings.js';
import { resolveWaivers, unusedWaivers, waiverFor } from './waivers.js';
import { formatDate } from '../diagnostics/format-date.js';

export type RuleStatus = 'pass' | 'fail' | 'waived' | 'not_applicable' | 'off';

export interface Evidence {
  element: string;
  file: string;
  line: number;
}

export interface RuleResult {
  meta: RuleMeta;
  severity: ConfiguredSeverity;
  status: RuleStatus;
  /** Why the rule does not apply. */
  reason?: Localized;
  /** The rule's diagnostics (waived ones carry `suppression`). */
  findings: Diagnostic[];
  /** The findings as the rule reported them (message ids, elements), in report order. */
  reported: Finding[];
  /** Elements the rule examined, for a passing rule's evidence. */
  examined: Evidence[];
}

export interface CheckOptions {
  /** Profile to check against; the manifest's framework by default. */
  profile?: string;
  /**
   * The assessment date: the law in force on it is what the rules judge, and waivers expire by it. Pinned by
   * `--as-of`; otherwise the manifest's `assessment.asOf`, then `today` (the CLI's clock), then the
   * architecture date.
   */
  asOf?: string;
  /** Today's date from the caller's clock: the assessment date when neither `asOf` nor the manifest pins one. */
  today?: string;
  /** The diagnostics of the validation stage, whose graph findings the manifest's settings and waivers govern. */
  validation?: readonly Diagnostic[];
  /** Restrict to these rules (tests). */
  rules?: readonly Rule[];
}

export interface CheckResult {
  profile: Profile;
  /** The architecture's own date (manifest `architecture.date`). */
  date: string;
  /** The assessment date the rules were judged on. */
  asOf: string;
  results: RuleResult[];
  /** Rule findings plus settings and waiver diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** `CheckOptions.validation` with its graph findings under the manifest's settings and waivers. */
  validation: Diagnostic[];
}

/** A finding's hint: the rule's, then its legal sources (the finding's own when it names them). */
function hintOf(meta: RuleMeta, f: Finding): Localized {
  const sources = sourcesText(f.sources ? f.sources.map((c) => resolveCitation(c, meta.id)) : meta.sources);
  return { vi: `${meta.hint.vi} Căn cứ: ${sources}.`, en: `${meta.hint.en} Source: ${sources}.` };
}

/** `file:line` of an element's declaration (its `id`). */
export function elementEvidence(model: ArchitectureModel, id: string): Evidence | undefined {
  const o = model.origin.get(id);
  if (!o) return undefined;
  const loc = o.file.at(['elements', o.index, 'id']);
  return { element: id, file: o.file.path, line: loc.range?.start.line ?? 1 };
}

function locate(model: ArchitectureModel, f: Finding): Location | undefined {
  if (f.element) {
    const o = model.origin.get(f.element);
    if (!o) return undefined;
    const path: (string | number)[] = ['elements', o.index];
    if (f.field) {
      path.push(f.field);
      if (f.index !== undefined) path.push(f.index);
    }
    return o.file.at(path);
  }
  return model.manifestFile.at(f.manifest ?? [], f.atKey ?? false);
}

/** Why a rule does not apply: another framework, or a duty not in force on the assessment date. */
function applicability(meta: RuleMeta, profile: Profile, asOf: string): Localized | undefined {
  if (!meta.profiles.includes(profile.id)) return { vi: `Không áp dụng cho khung ${profile.id} (áp dụng: ${meta.profiles.join(', ')})`, en: `Not part of framework ${profile.id} (applies to ${meta.profiles.join(', ')})` };
  if (meta.validFrom && asOf < meta.validFrom) return { vi: `Áp dụng từ ${viDate(meta.validFrom)}, sau ngày đánh giá ${viDate(asOf)}`, en: `Applies from ${meta.validFrom}, after the assessment date ${asOf}` };
  if (meta.validUntil && asOf >= meta.validUntil) return { vi: `Áp dụng đến trước ${viDate(meta.validUntil)}; ngày đánh giá ${viDate(asOf)}`, en: `Applies before ${meta.validUntil}; the assessment date is ${asOf}` };
  return undefined;
}

const viDate = (iso: string): string => formatDate(iso, 'vi');

/** The assessment date of a check (see CheckOptions.asOf). */
const assessmentDate = (model: ArchitectureModel, opts: Pick<CheckOptions, 'asOf' | 'today'>): string =>
  opts.asOf ?? model.manifest.assessment?.asOf ?? opts.today ?? model.manifest.architecture.date;

export function runRules(model: ArchitectureModel, catalogues: Catalogues, opts: CheckOptions = {}): CheckResult {
  const date = model.manifest.architecture.date;
  const asOf = assessmentDate(model, opts);
  const profile = getProfile(opts.profile ?? model.manifest.framework) ?? getProfile(model.manifest.framework)!;
  const { settings, diagnostics: settingDiags } = resolveSettings(model);
  const { waivers, diagnostics: waiverDiags } = resolveWaivers(model, asOf);
  const results: RuleResult[] = [];
  const ran = new Set<string>();
  const evidenceCache = new Map<string, Evidence | undefined>();
  const evidence = (id: string) => {
    if (!evidenceCache.has(id)) evidenceCache.set(id, elementEvidence(model, id));
    return evidenceCache.get(id);
  };
  // Elements of a set of kinds in id order, computed once per set (rules ask for the same sets).
  const ofKinds = new Map<string, Element[]>();
  const elementsOf = (kinds: readonly Kind[]): Element[] => {
    const key = kinds.join(',');
    let list = ofKinds.get(key);
    if (!list) ofKinds.set(key, (list = kinds.flatMap((k) => elementsOfKind(model, k)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))));
    return list;
  };

  for (const rule of opts.rules ?? RULES) {
    // The rule as the report cites it: its sources in force on the assessment date.
    const sources = sourcesInForce(rule.meta.sources, asOf, rule.meta.id);
    const meta = sources === rule.meta.sources ? rule.meta : { ...rule.meta, sources };
    const setting = settings.get(meta.id) ?? { severity: meta.defaultSeverity, options: {}, configured: false };
    const base = { meta, severity: setting.severity, findings: [] as Diagnostic[], reported: [] as Finding[], examined: [] as Evidence[] };
    const reason = applicability(meta, profile, asOf);
    if (reason) {
      results.push({ ...base, status: 'not_applicable', reason });
      continue;
    }
    if (setting.severity === 'off') {
      results.push({ ...base, status: 'off', reason: { vi: 'Tắt trong arch.yaml (rules)', en: 'Turned off in arch.yaml (rules)' } });
      continue;
    }
    const severity = setting.severity;
    ran.add(meta.id);
    // Findings without sources of their own share the rule's hint: made once, not once per finding.
    let ruleHint: Localized | undefined;
    const examined = new Set<string>();
    const marked = new Set<string>();
    const findings: Diagnostic[] = [];
    const reported: Finding[] = [];
    const ctx: RuleContext = {
      model,
      get graph() {
        return graphOf(model, catalogues);
      },
      catalogues,
      data: RULE_DATA,
      profile,
      date,
      asOf,
      options: setting.options,
      elements: <K extends Kind>(...kinds: K[]): readonly ElementOf<K>[] => {
        // Rules call this per element to say what they examined: mark each kind set once per rule.
        const key = kinds.join(',');
        const list = elementsOf(kinds);
        if (!marked.has(key)) {
          marked.add(key);
          for (const e of list) examined.add(e.id);
        }
        return list as ElementOf<K>[];
      },
      report: (f) => {
        const template = meta.messages[f.messageId];
        if (!template) throw new Error(`rule ${meta.id} reported an undeclared message id "${f.messageId}"`);
        reported.push(f);
        const data = f.data ?? {};
        const d: Diagnostic = {
          code: `rule/${meta.id}`,
          severity,
          message: { vi: format(template.vi, data, 'vi'), en: format(template.en, data) },
          hint: f.sources ? hintOf(meta, f) : (ruleHint ??= hintOf(meta, f)),
        };
        const loc = locate(model, f);
        if (loc) d.location = loc;
        const w = waiverFor(waivers, meta.id, f.element);
        if (w) d.suppression = w.suppression;
        findings.push(d);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push(diag('check/rule-failed', { rule: meta.id, detail: (e as Error)?.message ?? String(e) }, model.manifestFile.at([])));
    }
    const sorted = normalizeDiagnostics(findings);
    const status: RuleStatus = sorted.length === 0 ? 'pass' : sorted.every((d) => d.suppression) ? 'waived' : 'fail';
    results.push({ ...base, status, findings: sorted, reported, examined: [...examined].sort().map(evidence).filter((x): x is Evidence => !!x) });
  }
  // Without the validation diagnostics no graph code was checked, so their waivers are not reported unused.
  const settled = opts.validation ? settleGraphFindings(model, opts.validation, settings, waivers, ran) : { diagnostics: [], checked: [] };
  const checked = new Set([...ran, ...settled.checked]);
  const diagnostics = normalizeDiagnostics([...settingDiags, ...waiverDiags, ...results.flatMap((r) => r.findings), ...unusedWaivers(model, waivers, checked)]);
  return { profile, date, asOf, results, diagnostics, validation: settled.diagnostics };
}
