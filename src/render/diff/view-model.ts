/**
 * The view of an architecture diff for the Markdown and HTML templates: plain tables in one language
 * (labels from templates/diff/labels.json). `maxRows` shortens every table for a pull-request comment and
 * says how many rows it left out.
 */
import { describeRule } from '../../check/describe.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { ArchitectureDiff, ElementRef, FieldChange, FindingRef } from '../../diff/compare.js';
import { WORKING_TREE } from '../../diff/versions.js';
import { LAYERS, LAYER_LABEL } from '../../graph/types.js';
import { KIND_INFO } from '../../model/kinds.js';
import { relationLabel } from '../../views/data.js';
import { templateData } from '../engine.js';

export type Labels = Record<string, string>;

export interface DiffTable {
  id: string;
  title: string;
  note: string | null;
  columns: string[];
  rows: string[][];
  /** Set when rows were left out: the sentence that says how many. */
  more: string | null;
}

export interface DiffView {
  generator: string;
  L: Labels;
  base: string;
  head: string;
  summary: [string, string][];
  tables: DiffTable[];
  empty: boolean;
}

const fill = (s: string, ...args: (string | number)[]) => s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

function value(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

function fieldText(c: FieldChange, L: Labels): string {
  if (!('old' in c)) return `${c.field}: ${L.fieldAdded} ${value(c.new)}`;
  if (!('new' in c)) return `${c.field}: ${L.fieldRemoved} (${value(c.old)})`;
  return `${c.field}: ${value(c.old)} → ${value(c.new)}`;
}

const where = (f: FindingRef) => {
  const loc = f.diagnostic.location;
  const r = loc?.range?.start;
  return loc ? `${loc.file}${r ? `:${r.line}:${r.column}` : ''}` : '';
};

export function diffLabels(lang: Lang, templatesDir?: string): Labels {
  return (templateData('diff/labels.json', templatesDir) as Record<Lang, Labels>)[lang];
}

export function buildDiffView(diff: ArchitectureDiff, lang: Lang, generator: string, maxRows = Infinity, templatesDir?: string): DiffView {
  const L = diffLabels(lang, templatesDir);
  const name = (e: ElementRef) => (lang === 'en' ? e.name.en ?? e.name.vi : e.name.vi);
  const kind = (e: ElementRef) => KIND_INFO[e.kind].label[lang];
  const table = (id: string, title: string, columns: string[], rows: string[][], note: string | null = null): DiffTable => ({
    id,
    title,
    note: rows.length === 0 ? (note ?? L.none!) : note,
    columns,
    rows: rows.slice(0, maxRows),
    more: rows.length > maxRows ? fill(L.truncated!, rows.length - maxRows) : null,
  });
  const findingRows = (list: FindingRef[]) =>
    list.map((f) => [where(f), L[`severity.${f.diagnostic.severity}`] ?? f.diagnostic.severity, f.diagnostic.code, f.diagnostic.message[lang], describeRule(f.diagnostic.code)?.source ?? '']);
  const findingColumns = [L.where!, L.severity!, L.code!, L.message!, L.source!];

  const tables: DiffTable[] = [
    table('security', L.securityChanges!, [L.change!, L.id!, L.kind!, L.name!, L.details!], diff.security.map((s) => [L[`security.${s.kind}`]!, s.element.id, kind(s.element), name(s.element), s.detail[lang]]), diff.security.length ? null : L.noSecurityChanges!),
    table('introduced', L.findingsIntroduced!, findingColumns, findingRows(diff.findings.introduced)),
    table('resolved', L.findingsResolved!, findingColumns, findingRows(diff.findings.resolved)),
  ];
  for (const layer of LAYERS) {
    const rows = [
      ...diff.added.filter((e) => e.layer === layer).map((e) => [L['change.added']!, e.id, kind(e), name(e), '']),
      ...diff.removed.filter((e) => e.layer === layer).map((e) => [L['change.removed']!, e.id, kind(e), name(e), '']),
      ...diff.changed.filter((e) => e.layer === layer).map((e) => [L['change.changed']!, e.id, kind(e), name(e), [...(e.renamedFrom ? [fill(L.renamedFrom!, e.renamedFrom)] : []), ...e.fields.map((f) => fieldText(f, L))].join('\n')]),
    ];
    if (rows.length > 0) tables.push(table(`layer-${layer}`, fill(L.elementsOf!, LAYER_LABEL[layer][lang]), [L.change!, L.id!, L.kind!, L.name!, L.details!], rows));
  }
  const relRows = [
    ...diff.relations.added.map((r) => [L['change.added']!, r.from, relationLabel(r.relation, lang), r.to]),
    ...diff.relations.removed.map((r) => [L['change.removed']!, r.from, relationLabel(r.relation, lang), r.to]),
  ];
  if (relRows.length > 0) tables.push(table('relations', L.relations!, [L.change!, L.from!, L.relation!, L.to!], relRows));
  const t = diff.transition;
  if (t) {
    const names = (ids: string[]) => ids.join(', ');
    tables.push(table('transition', L.transition!, [L.phase!, L.projects!, L.delivers!, L.retires!, L.elementsAfter!], [
      [L.asIs!, '', '', '', String(t.asIs.length)],
      ...t.phases.map((p) => [p.phase ?? L.noPhase!, names(p.projects), names(p.delivers), names(p.retires), String(p.elementsAfter)]),
      [L.toBe!, L.afterRoadmap!, names(t.afterRoadmap.delivers), names(t.afterRoadmap.retires), String(t.toBe.length)],
    ]));
    const derived = [
      ...t.undelivered.map((id) => [L['derived.undelivered']!, id]),
      ...t.unreplaced.map((id) => [L['derived.unreplaced']!, id]),
      ...t.emptyProjects.map((id) => [L['derived.emptyProject']!, id]),
    ];
    tables.push(table('derived-gaps', L.derivedGaps!, [L.what!, L.id!], derived));
  }
  if (diff.impact.length > 0) tables.push(table('impact', L.impact!, [L.id!, L.kind!, L.name!, L.cause!, L.distance!], diff.impact.map((i) => [i.id, kind(i), name(i), i.cause, String(i.distance)])));

  const renamed = diff.changed.filter((c) => c.renamedFrom).length;
  const summary: [string, string][] = [
    [L.added!, String(diff.added.length)],
    [L.removed!, String(diff.removed.length)],
    [`${L.changed!}${renamed ? ` (${L.renamed} ${renamed})` : ''}`, String(diff.changed.length)],
    [L.relationsAdded!, String(diff.relations.added.length)],
    [L.relationsRemoved!, String(diff.relations.removed.length)],
    [L.introduced!, String(diff.findings.introduced.length)],
    [L.resolved!, String(diff.findings.resolved.length)],
    [L.unchanged!, String(diff.findings.unchanged)],
    [L.impacted!, String(diff.impact.length)],
    [L.securityChanges!, String(diff.security.length)],
  ];
  const version = (v: ArchitectureDiff['base']) => `${v.label === WORKING_TREE ? L.workingTree : v.label} — ${L.version} ${v.version} (${v.date})`;
  const empty = diff.added.length + diff.removed.length + diff.changed.length + diff.relations.added.length + diff.relations.removed.length + diff.findings.introduced.length + diff.findings.resolved.length === 0;
  return { generator, L, base: version(diff.base), head: version(diff.head), summary, tables, empty };
}
