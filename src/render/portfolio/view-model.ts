/**
 * The portfolio's view model: every table the dashboard, the Word report and the workbook show, resolved to
 * one language (labels from templates/portfolio/labels.json), sorted, as plain data.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import { agencyKey } from '../../portfolio/rollup.js';
import type { PortfolioResult, RepoDigest } from '../../portfolio/types.js';
import { templateData } from '../engine.js';
import { servicesChart } from './chart.js';

export type Labels = Record<string, string>;

export interface Table {
  id: string;
  title: string;
  note?: string;
  columns: string[];
  rows: string[][];
  /** Per row, a CSS class per cell (dashboard colours); same shape as rows. */
  classes?: string[][];
  /** Rows as cells with their class, for the HTML template. */
  cells?: { text: string; cls: string }[][];
}

export interface PortfolioView {
  generator: string;
  lang: Lang;
  L: Labels;
  summary: { repos: number; ok: number; failed: number; agencies: number; elements: number; error: number; warning: number; info: number };
  tables: Table[];
  /** SVG: online public services by level per agency. */
  servicesChart: string;
}

const dmy = (iso: string | undefined, lang: Lang) => (!iso ? '' : lang === 'vi' ? iso.split('-').reverse().join('/') : iso);
const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((n * 1000) / d) / 10} %`);
const fill = (s: string, ...args: (string | number)[]) => s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
const SYMBOL = { pass: '✓', fail: '✗', waived: '≈', not_applicable: '–', off: '–' } as const;

export function portfolioLabels(lang: Lang, templatesDir?: string): Labels {
  return (templateData('portfolio/labels.json', templatesDir) as Record<Lang, Labels>)[lang];
}

export function buildPortfolioView(result: PortfolioResult, lang: Lang, generator: string, templatesDir?: string): PortfolioView {
  const L = portfolioLabels(lang, templatesDir);
  const repos = [...result.repos].sort((a, b) => (agencyKey(a) < agencyKey(b) ? -1 : agencyKey(a) > agencyKey(b) ? 1 : a.label < b.label ? -1 : 1));
  const ok = repos.filter((r) => r.ok);
  const name = (r: RepoDigest) => (r.agency ? `${r.agency.name[lang]} (${r.agency.code})` : r.label);
  const sev = (s: string) => L[`severity.${s}`] ?? s;
  const where = (p: { repo: string; file: string; line: number; column: number }) => `${p.repo}/${p.file}:${p.line}:${p.column}`;

  const tables: Table[] = [];
  tables.push({
    id: 'agencies',
    title: L.agencies!,
    columns: [L.agency!, L.repository!, L.framework!, L.date!, L.elements!, L.errors!, L.warnings!, L.infos!, L.state!],
    rows: repos.map((r) => [name(r), r.label, r.framework ?? '', dmy(r.date, lang), String(r.elements), String(r.counts.error), String(r.counts.warning), String(r.counts.info), r.ok ? L.ok! : L.notOk!]),
    classes: repos.map((r) => ['', '', '', '', 'n', 'n', 'n', 'n', r.ok ? 'pass' : 'fail']),
  });
  tables.push({
    id: 'findings',
    title: L.findings!,
    ...(result.findings.length ? {} : { note: L.noFindings! }),
    columns: [L.code!, L.severity!, L.message!, L.evidence!],
    rows: result.findings.map((f) => [f.code, sev(f.severity), f.message[lang], f.places.map(where).join('\n')]),
    classes: result.findings.map((f) => ['', f.severity, '', '']),
  });
  tables.push({
    id: 'problems',
    title: L.problems!,
    ...(result.diagnostics.length ? {} : { note: L.noProblems! }),
    columns: [L.where!, L.severity!, L.code!, L.message!],
    rows: result.diagnostics.map((d) => {
      const s = d.location?.range?.start;
      return [`${d.location?.file ?? ''}${s ? `:${s.line}:${s.column}` : ''}`, sev(d.severity), d.code, d.message[lang]];
    }),
    classes: result.diagnostics.map((d) => ['', d.severity, '', '']),
  });
  tables.push({
    id: 'adoption',
    title: L.adoption!,
    note: L.adoptionNote!,
    columns: [L.agency!, ...result.tracked.map((t) => t.name[lang])],
    rows: ok.map((r) => [name(r), ...result.tracked.map((t) => (r.national[t.id]?.length ? String(r.national[t.id]!.length) : '—'))]),
    classes: ok.map((r) => ['', ...result.tracked.map((t) => (r.national[t.id]?.length ? 'pass n' : 'fail n'))]),
  });
  const links = ok.flatMap((r) =>
    r.integrations
      .filter((i) => [i.from, i.to].some((x) => /^(ministry|province):/.test(x)))
      .map((i) => {
        const exchange = i.via.some((v) => /^national:(ndxp|ngsp|vdxp)$/.test(v));
        return { r, i, other: [i.from, i.to].find((x) => /^(ministry|province):/.test(x))!, exchange };
      }),
  );
  tables.push({
    id: 'connectivity',
    title: L.connectivity!,
    ...(links.length ? {} : { note: L.noConnectivity! }),
    columns: [L.agency!, L.integration!, L.other!, L.route!],
    rows: links.map(({ r, i, other, exchange }) => [name(r), i.id, other, exchange ? `${L.viaExchange} (${i.via.join(', ')})` : L.pointToPoint!]),
    classes: links.map(({ exchange }) => ['', '', '', exchange ? 'pass' : 'fail']),
  });
  tables.push({
    id: 'services',
    title: L.services!,
    columns: [L.agency!, L.total!, L.full!, L.partial!, L.none!, L.undeclared!, L.shareFull!],
    rows: ok.map((r) => {
      const s = r.services;
      return [name(r), String(s.total), String(s.toan_trinh), String(s.mot_phan), String(s.none), String(s.undeclared), pct(s.toan_trinh, s.total)];
    }),
    classes: ok.map(() => ['', 'n', 'n', 'n', 'n', 'n', 'n bar']),
  });
  tables.push({
    id: 'security',
    title: L.security!,
    columns: [L.agency!, L.systems!, ...[1, 2, 3, 4, 5].map((n) => fill(L.level!, n)), L.levelUnknown!, L.approved!, L.shareApproved!],
    rows: ok.map((r) => {
      const by = [1, 2, 3, 4, 5].map((n) => r.systems.filter((s) => s.securityLevel === n).length);
      const approved = r.systems.filter((s) => s.approved).length;
      return [name(r), String(r.systems.length), ...by.map(String), String(r.systems.filter((s) => s.securityLevel === undefined).length), String(approved), pct(approved, r.systems.length)];
    }),
    classes: ok.map(() => ['', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n bar']),
  });
  tables.push({
    id: 'matrix',
    title: L.matrix!,
    note: L.matrixNote!,
    columns: [L.agency!, ...result.rules],
    rows: ok.map((r) => [name(r), ...result.rules.map((id) => (r.rules[id] ? SYMBOL[r.rules[id]!] : ''))]),
    classes: ok.map((r) => ['', ...result.rules.map((id) => r.rules[id] ?? '')]),
  });
  if (result.changes) {
    tables.push({
      id: 'changes',
      title: L.changes!,
      ...(result.changes.length ? {} : { note: L.noChanges! }),
      columns: [L.agency!, L.rule!, L.before!, L.after!],
      rows: result.changes.map((c) => [c.agency, c.rule, L[`status.${c.before}`] ?? c.before, L[`status.${c.after}`] ?? c.after]),
      classes: result.changes.map((c) => ['', '', c.before, c.after]),
    });
  }
  const count = (s: 'error' | 'warning' | 'info') => result.findings.filter((f) => f.severity === s).length + result.diagnostics.filter((d) => d.severity === s).length;
  for (const t of tables) t.cells = t.rows.map((r, i) => r.map((text, j) => ({ text, cls: t.classes?.[i]?.[j] ?? '' })));
  return {
    generator,
    lang,
    L,
    summary: { repos: repos.length, ok: ok.length, failed: repos.length - ok.length, agencies: new Set(ok.map(agencyKey)).size, elements: ok.reduce((n, r) => n + r.elements, 0), error: count('error'), warning: count('warning'), info: count('info') },
    tables,
    servicesChart: servicesChart(
      ok.map((r) => ({ agency: name(r), full: r.services.toan_trinh, partial: r.services.mot_phan, none: r.services.none, undeclared: r.services.undeclared })),
      [L.full!, L.partial!, L.none!, L.undeclared!],
      L.services!,
    ),
  };
}
