/**
 * Turns the report model into what the md/html templates (templates/report/) read: labels in the
 * report's language (templates/report/labels.json), pre-joined text, and `null` for every absent value
 * (templates run in strict mode). Rendering goes through the shared engine (src/render/engine.ts).
 */
import { render, templateData } from './engine.js';
import { sourceText } from '../rules/legal-sources.js';
import type { ConformanceReport, ReportFinding } from '../check/report-model.js';
import { formatDate } from '../diagnostics/format-date.js';

const EVIDENCE_LIMIT = 12;

type Labels = Record<string, string>;

function labelsFor(lang: 'vi' | 'en'): Labels {
  const all = templateData('report/labels.json') as Record<'vi' | 'en', Labels>;
  return all[lang];
}

const where = (f: { file?: string; line?: number }): string | null => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : null);
const fmt = (template: string, ...args: (string | number)[]) => template.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));

function findingView(f: ReportFinding, L: Labels) {
  return {
    where: where(f),
    severity: L[`severity.${f.severity}`] ?? f.severity,
    code: f.code,
    message: f.message,
    element: f.element ?? null,
    waived: f.waived ? `${L.waivedBy}: ${f.waived.justification} (${f.waived.approvedBy}, ${L.expires} ${f.waived.expires})` : null,
  };
}

export function reportView(report: ConformanceReport) {
  const L = labelsFor(report.lang);
  const s = report.shortcomings;
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : null);
  return {
    L,
    generator: `${report.generator.name} ${report.generator.version}`,
    ministry: report.ministry,
    architecture: {
      version: report.architecture.version,
      date: formatDate(report.architecture.date, report.lang),
      status: L[`archStatus.${report.architecture.status}`] ?? report.architecture.status,
      decision: report.architecture.decision ? `${report.architecture.decision.number} (${formatDate(report.architecture.decision.date, report.lang)})` : null,
    },
    framework: report.framework,
    asOf: formatDate(report.asOf, report.lang),
    conforms: report.summary.conforms,
    ruleCounts: (['pass', 'fail', 'waived', 'not_applicable', 'off'] as const).map((k) => ({ label: L[`status.${k}`], count: report.summary.rules[k] })),
    findingCounts: report.summary.findings,
    validationCounts: report.summary.validation,
    components: report.components.map((c) => ({
      name: c.name,
      elements: c.elements,
      kinds: c.kinds.filter((k) => k.count > 0).map((k) => `${k.label}: ${k.count}`).join('; ') || null,
      pass: c.rules.pass,
      fail: c.rules.fail,
      waived: c.rules.waived,
      na: c.rules.not_applicable + c.rules.off,
    })),
    integration: {
      share: `${s.integration.share}%`,
      connected: s.integration.connected.length,
      systems: s.integration.systems,
      notConnected: list(s.integration.notConnected),
      bypassing: list(s.integration.bypassing),
    },
    services: {
      rows: [
        { label: L.toanTrinh, count: s.services.byLevel.toan_trinh },
        { label: L.motPhan, count: s.services.byLevel.mot_phan },
        { label: L.noneOnline, count: s.services.byLevel.none },
        { label: L.undeclared, count: s.services.byLevel.undeclared },
      ],
      legacy: (['1', '2', '3', '4'] as const).map((l) => ({ label: fmt(L.legacyLevel!, l), count: s.services.legacy[l] })).concat([{ label: L.noLegacy!, count: s.services.legacy.none }]),
      total: s.services.total,
      published: s.services.publishedOnNationalPortal,
      targetFull: s.services.targetFullOnline,
    },
    nationalData: {
      used: s.nationalData.used.map((u) => ({ id: u.id, name: u.name, users: u.users.join(', ') })),
      localCopies: s.nationalData.localCopies,
      entities: `${s.nationalData.entitiesFromNational} / ${s.nationalData.entitiesFromLocal}`,
    },
    duplicates: {
      similar: s.duplicates.similarNames,
      severalDbs: s.duplicates.entitiesInSeveralDatabases.map((e) => ({ entity: e.entity, databases: e.databases.join(', ') })),
      sameRole: s.duplicates.sameRole.map((r) => ({ role: r.role, systems: r.systems.join(', ') })),
    },
    rules: report.rules.map((r) => ({
      id: r.id,
      title: r.title,
      status: L[`status.${r.status}`],
      statusId: r.status,
      severity: L[`severity.${r.severity}`] ?? r.severity,
      confidence: L[`confidence.${r.confidence}`],
      confidenceNote: r.confidenceNote ?? null,
      sources: r.sources.map((x) => ({ text: sourceText(x), url: x.url ?? null })),
      sourceShort: r.sources[0] ? r.sources[0].document : '',
      reason: r.reason ?? null,
      findings: r.findings.map((f) => findingView(f, L)),
      evidence: r.evidence.slice(0, EVIDENCE_LIMIT).map((e) => ({ element: e.element, where: `${e.file}:${e.line}` })),
      more: r.evidence.length > EVIDENCE_LIMIT ? fmt(L.andMore!, r.evidence.length - EVIDENCE_LIMIT) : null,
      detailed: r.findings.length > 0 || r.evidence.length > 0,
    })),
    validation: report.validation.map((f) => findingView(f, L)),
    waivers: report.waivers.map((w) => ({ ...w, elements: w.elements.join(', '), approvedOn: w.approvedOn ?? null, expired: w.expired ? L.expired : null })),
  };
}

export function renderReport(report: ConformanceReport, format: 'md' | 'html'): string {
  return render('report/report', reportView(report), { format, lang: report.lang });
}
