/**
 * The conformance report's view model: everything the md/html/json reports show, resolved to one
 * language, with repository-relative `file:line` evidence. Pure and deterministic (sorted, no clock).
 */
import type { Catalogues } from '../catalog/catalog.js';
import { getProfile } from '../catalog/profiles.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { countBySeverity, normalizeDiagnostics } from '../diagnostics/sort.js';
import { KIND_INFO, KINDS, type Layer } from '../model/kinds.js';
import type { ArchitectureModel } from '../model/types.js';
import { elementLocator, type ElementLocator } from './element-at.js';
import type { CheckResult, RuleStatus } from './run-rules.js';
import { shortcomings, type Shortcomings } from './shortcomings.js';
import { elementsOfKind } from '../model/by-kind.js';

export interface ReportFinding {
  code: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  element?: string;
  waived?: { justification: string; approvedBy: string; expires: string };
}

export interface ReportRule {
  id: string;
  title: string;
  category: Layer;
  severity: string;
  confidence: string;
  confidenceNote?: string;
  sources: { document: string; article?: string; url?: string }[];
  status: RuleStatus;
  reason?: string;
  findings: ReportFinding[];
  evidence: { element: string; file: string; line: number }[];
}

export interface ConformanceReport {
  generator: { name: 'arch'; version: string };
  lang: Lang;
  ministry: { code: string; name: string };
  architecture: { version: string; date: string; status: string; decision?: { number: string; date: string } };
  framework: { declared: { id: string; title: string }; checked: { id: string; title: string; instrument: string }; comparing: boolean };
  /** The assessment date (law in force, waiver expiry). */
  asOf: string;
  summary: {
    rules: Record<RuleStatus, number> & { total: number };
    findings: { error: number; warning: number; info: number; waived: number };
    validation: { error: number; warning: number; info: number; waived: number };
    conforms: boolean;
  };
  components: { id: Layer; name: string; elements: number; kinds: { kind: string; label: string; count: number }[]; rules: Record<RuleStatus, number> }[];
  shortcomings: Shortcomings;
  rules: ReportRule[];
  validation: ReportFinding[];
  waivers: { rule: string; elements: string[]; justification: string; approvedBy: string; approvedOn?: string; expires: string; expired: boolean }[];
}

const LAYER_NAMES: Record<Layer, { vi: string; en: string }> = {
  business: { vi: 'Kiến trúc nghiệp vụ', en: 'Business architecture' },
  data: { vi: 'Kiến trúc dữ liệu', en: 'Data architecture' },
  application: { vi: 'Kiến trúc ứng dụng', en: 'Application architecture' },
  technology: { vi: 'Kiến trúc công nghệ', en: 'Technology architecture' },
  security: { vi: 'Kiến trúc an toàn thông tin', en: 'Security architecture' },
  governance: { vi: 'Quản trị, nguyên tắc và lộ trình', en: 'Governance, principles and roadmap' },
};
const LAYERS: Layer[] = ['business', 'data', 'application', 'technology', 'security', 'governance'];
const emptyCounts = (): Record<RuleStatus, number> => ({ pass: 0, fail: 0, waived: 0, not_applicable: 0, off: 0 });

function finding(elementAt: ElementLocator, d: Diagnostic, lang: Lang): ReportFinding {
  const loc = d.location;
  const out: ReportFinding = { code: d.code, severity: d.severity, message: d.message[lang] };
  if (loc) {
    out.file = loc.file;
    if (loc.range) {
      out.line = loc.range.start.line;
      out.column = loc.range.start.column;
    }
    const id = elementAt(loc);
    if (id) out.element = id;
  }
  if (d.suppression) out.waived = { ...d.suppression };
  return out;
}

export function buildReport(model: ArchitectureModel, catalogues: Catalogues, check: CheckResult, validated: readonly Diagnostic[], lang: Lang, version: string): ConformanceReport {
  const m = model.manifest;
  // The manifest's rule settings and waivers are validated by the check itself (check/…): listed with validation.
  const validation = normalizeDiagnostics([...validated, ...check.diagnostics.filter((d) => !d.code.startsWith('rule/'))]);
  const declared = getProfile(m.framework);
  const elementAt = elementLocator(model);
  const rules: ReportRule[] = check.results.map((r) => ({
    id: r.meta.id,
    title: r.meta.title[lang],
    category: r.meta.category,
    severity: r.severity,
    confidence: r.meta.confidence,
    ...(r.meta.confidenceNote ? { confidenceNote: r.meta.confidenceNote[lang] } : {}),
    sources: r.meta.sources.map(({ document, article, url }) => ({ document, ...(article ? { article } : {}), ...(url ? { url } : {}) })),
    status: r.status,
    ...(r.reason ? { reason: r.reason[lang] } : {}),
    findings: r.findings.map((d) => finding(elementAt, d, lang)),
    evidence: r.status === 'pass' ? r.examined : [],
  }));
  const counts = { ...emptyCounts(), total: rules.length };
  for (const r of rules) counts[r.status]++;
  const ruleDiags = check.diagnostics.filter((d) => d.code.startsWith('rule/'));
  const sev = countBySeverity(ruleDiags);
  const val = countBySeverity(validation);
  const components = LAYERS.map((layer) => {
    const kinds = KINDS.filter((k) => KIND_INFO[k].layer === layer).map((k) => ({ kind: k, label: KIND_INFO[k].label[lang], count: elementsOfKind(model, k).length }));
    const rc = emptyCounts();
    for (const r of rules) if (r.category === layer) rc[r.status]++;
    return { id: layer, name: LAYER_NAMES[layer][lang], elements: kinds.reduce((n, k) => n + k.count, 0), kinds, rules: rc };
  });
  const waivers = (m.waivers ?? []).map((w) => ({
    rule: w.rule,
    elements: [...w.elements],
    justification: typeof w.justification === 'string' ? w.justification : lang === 'en' ? w.justification.en ?? w.justification.vi : w.justification.vi,
    approvedBy: w.approvedBy,
    ...(w.approvedOn ? { approvedOn: w.approvedOn } : {}),
    expires: w.expires,
    expired: w.expires < check.asOf,
  }));
  return {
    generator: { name: 'arch', version },
    lang,
    ministry: { code: model.owner.code, name: lang === 'en' ? model.owner.name.en ?? model.owner.name.vi : model.owner.name.vi },
    architecture: { version: m.architecture.version, date: m.architecture.date, status: m.architecture.status, ...(m.architecture.decision ? { decision: { number: m.architecture.decision.number, date: m.architecture.decision.date } } : {}) },
    framework: {
      declared: { id: m.framework, title: declared?.title[lang] ?? m.framework },
      checked: { id: check.profile.id, title: check.profile.title[lang], instrument: check.profile.instrument.number },
      comparing: check.profile.id !== m.framework,
    },
    asOf: check.asOf,
    summary: {
      rules: counts,
      findings: { ...sev, waived: ruleDiags.filter((d) => d.suppression).length },
      validation: { ...val, waived: validation.filter((d) => d.suppression).length },
      conforms: sev.error === 0 && val.error === 0,
    },
    components,
    shortcomings: shortcomings(model, catalogues, lang),
    rules,
    validation: validation.map((d) => finding(elementAt, d, lang)),
    waivers,
  };
}
