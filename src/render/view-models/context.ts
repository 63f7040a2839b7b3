/**
 * What every content builder needs: the model, graph and catalogues, the language, UI labels and the
 * running table/figure numbers. Names of referenced elements and catalogue entries are resolved here.
 */
import { parseCatalogueRef, type Catalogues } from '../../catalog/catalog.js';
import type { Profile } from '../../catalog/profiles.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { ArchitectureGraph } from '../../graph/index.js';
import { elementsOfKind } from '../../model/by-kind.js';
import type { Kind } from '../../model/kinds.js';
import type { ArchitectureModel, Element, ElementOf, Text } from '../../model/types.js';
import { label, labelOrUndefined } from '../engine.js';
import { formatDate } from '../helpers/shared.js';

export interface BuildContext {
  model: ArchitectureModel;
  graph: ArchitectureGraph;
  catalogues: Catalogues;
  profile: Profile;
  lang: Lang;
  templatesDir: string | undefined;
  /** Render SVG for diagrams (HTML, DOCX); Markdown needs only Mermaid. */
  svg: boolean;
  counters: { table: number; figure: number };
  /** The rows and caption of each content's current-architecture table, so the target chapter need not repeat it. */
  baselineTables: Map<string, { caption: string; rows: string }>;
}

/** A UI label (throws on an unknown key: templates and code must agree). */
export const L = (ctx: BuildContext, key: string): string => label(key, ctx.lang, ctx.templatesDir);

/** The label of an enumeration value (`enum.onlineLevel.toan_trinh`), or the raw value. */
export function enumLabel(ctx: BuildContext, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return labelOrUndefined(`enum.${field}.${String(value)}`, ctx.lang, ctx.templatesDir) ?? String(value);
}

export const yesNo = (ctx: BuildContext, v: unknown): string => (v === true ? L(ctx, 'yes') : v === false ? L(ctx, 'no') : '');

/** Text in the document's language (English falls back to Vietnamese). */
export function tx(ctx: BuildContext, t: Text | string | undefined | null): string {
  if (t === undefined || t === null) return '';
  if (typeof t === 'string') return t;
  return ctx.lang === 'en' ? t.en ?? t.vi : t.vi;
}

export const nameOf = (ctx: BuildContext, el: Element): string => tx(ctx, el.name) || el.id;

/** Display name of an element id or catalogue reference (`national:ndxp` → its catalogue name). */
export function refName(ctx: BuildContext, ref: unknown): string {
  if (typeof ref !== 'string' || ref === '') return '';
  const el = ctx.model.byId.get(ref);
  if (el) return nameOf(ctx, el);
  const cat = parseCatalogueRef(ref);
  if (cat) {
    const entry = ctx.catalogues.get(cat.ns, cat.id);
    if (entry) return ctx.lang === 'en' ? entry.name.en : entry.name.vi;
  }
  return ref;
}

/** Names of a list of references, joined for a table cell. */
export function refNames(ctx: BuildContext, refs: unknown, limit = Infinity): string {
  const list = Array.isArray(refs) ? refs : refs === undefined || refs === null ? [] : [refs];
  // A cell that would list thousands of names (a national roadmap) names the first ones and counts the rest
  // (never "and 1 more": one more name takes the room of the count).
  const cut = list.length > limit + 1;
  const shown = (cut ? list.slice(0, limit) : list).map((r) => refName(ctx, r)).filter((s) => s !== '').join('; ');
  return cut ? `${shown}; ${L(ctx, 'andMore').replace('{0}', String(list.length - limit))}` : shown;
}

export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Elements of some kinds, in id order (the model is sorted), filtered by lifecycle scope. */
export function elementsOf<K extends Kind>(ctx: BuildContext, kinds: readonly K[], scope: Scope = 'all'): ElementOf<K>[] {
  const list = kinds.length === 1 ? [...elementsOfKind(ctx.model, kinds[0]!)] : kinds.flatMap((k) => elementsOfKind(ctx.model, k)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return list.filter((e) => inScope(e, scope));
}

/** baseline: what exists today (current, retiring); target: the architecture aimed at (current, target, planned). */
export type Scope = 'all' | 'baseline' | 'target';
export function inScope(e: Element, scope: Scope): boolean {
  if (scope === 'baseline') return e.status === 'current' || e.status === 'retiring';
  if (scope === 'target') return e.status !== 'retiring';
  return true;
}

export function nextTable(ctx: BuildContext, title: string): string {
  ctx.counters.table += 1;
  return `${L(ctx, 'tableLabel')} ${ctx.counters.table}. ${title}`;
}

export function nextFigure(ctx: BuildContext, title: string): string {
  ctx.counters.figure += 1;
  return `${L(ctx, 'figureLabel')} ${ctx.counters.figure}. ${title}`;
}

/** A date in the document's convention (dd/mm/yyyy in Vietnamese). */
export const dateText = (ctx: BuildContext, v: unknown): string => formatDate(v === undefined || v === null ? '' : String(v), ctx.lang);
