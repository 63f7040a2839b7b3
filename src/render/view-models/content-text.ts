/** Contents taken from the manifest (`contents:`) and the profile: texts, objectives, legal bases, implementation. */
import type { Block } from './types.js';
import { dateText, L, nextTable, refName, str, tx, type BuildContext } from './context.js';
import type { Text } from '../../model/types.js';

interface Contents {
  rationale?: Text;
  vision?: Text;
  scope?: Text;
  objectives?: { id: string; text: Text; kpi?: Text; target?: Text; year?: number }[];
  legalBases?: { number: string; title?: Text; date?: string }[];
  implementation?: { measures?: Text[]; responsibilities?: { unit: string; text: Text }[]; maintenance?: Text };
}

const contentsOf = (ctx: BuildContext): Contents => (ctx.model.manifest.contents ?? {}) as Contents;

/** Paragraphs of a long text (blank lines separate paragraphs). */
function paragraphs(ctx: BuildContext, t: Text | undefined): Block[] {
  const text = tx(ctx, t).trim();
  if (text === '') return [];
  return [{ type: 'text', paragraphs: text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()) }];
}

/** A cell that says nothing: empty, or the dash of a missing code. */
const blank = (cell: string): boolean => cell === '' || cell === '—';

/** A numbered table; a column no row fills (every cell empty or a dash) is left out. */
export function table(ctx: BuildContext, titleKey: string, columnKeys: readonly string[], rows: string[][]): Block[] {
  if (rows.length === 0) return [];
  const keep = columnKeys.map((_, i) => rows.some((r) => !blank(r[i] ?? '')));
  const pick = <T>(list: readonly T[]) => list.filter((_, i) => keep[i]);
  return [{ type: 'table', caption: nextTable(ctx, L(ctx, titleKey)), columns: pick(columnKeys).map((k) => L(ctx, k)), rows: rows.map(pick) }];
}

export const TEXT_CONTENTS = {
  rationale: (ctx: BuildContext): Block[] => paragraphs(ctx, contentsOf(ctx).rationale),
  vision: (ctx: BuildContext): Block[] => paragraphs(ctx, contentsOf(ctx).vision),
  scope: (ctx: BuildContext): Block[] => paragraphs(ctx, contentsOf(ctx).scope),
  maintenance: (ctx: BuildContext): Block[] => paragraphs(ctx, contentsOf(ctx).implementation?.maintenance),
  objectives: (ctx: BuildContext): Block[] =>
    table(
      ctx,
      'content.objectives',
      ['col.no', 'col.objective', 'col.kpi', 'col.targetValue', 'col.year'],
      (contentsOf(ctx).objectives ?? []).map((o, i) => [String(i + 1), tx(ctx, o.text), tx(ctx, o.kpi), tx(ctx, o.target), str(o.year)]),
    ),
  'legal-bases': (ctx: BuildContext): Block[] => {
    const p = ctx.profile;
    const own = contentsOf(ctx).legalBases ?? [];
    const rows = own.map((b) => [b.number, tx(ctx, b.title), dateText(ctx, b.date)]);
    // The framework's own instrument always heads the list, unless the manifest already cites it.
    if (!own.some((b) => b.number === p.instrument.number)) rows.unshift([p.instrument.number, tx(ctx, p.title), dateText(ctx, p.instrument.date)]);
    return table(ctx, 'content.legal-bases', ['col.no', 'col.number', 'col.title', 'col.date'], rows.map((r, i) => [String(i + 1), ...r]));
  },
  'implementation-measures': (ctx: BuildContext): Block[] => {
    const items = (contentsOf(ctx).implementation?.measures ?? []).map((m) => tx(ctx, m).trim()).filter((s) => s !== '');
    return items.length === 0 ? [] : [{ type: 'list', items }];
  },
  responsibilities: (ctx: BuildContext): Block[] =>
    table(
      ctx,
      'content.responsibilities',
      ['col.unit', 'col.responsibility'],
      (contentsOf(ctx).implementation?.responsibilities ?? []).map((r) => [refName(ctx, r.unit), tx(ctx, r.text)]),
    ),
};
