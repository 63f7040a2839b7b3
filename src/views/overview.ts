/**
 * The overview: the framework's overall diagram ("Sơ đồ tổng thể") for the architecture's profile — rows of
 * layers top-down and cross-cutting bars, each holding groups of the elements that belong there
 * (data/views/overview.json). No edges: relations are shown in the bounded views. Every element is placed in the
 * first group whose selector matches, once.
 */
import type { Catalogues } from '../catalog/catalog.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { ArchitectureGraph, GraphNode } from '../graph/index.js';
import type { ArchitectureModel } from '../model/types.js';
import { overviewLayout, type Selector } from './data.js';
import type { OverviewView, ViewItem } from './types.js';

function matches(sel: Selector, node: GraphNode, model: ArchitectureModel, catalogues: Catalogues): boolean {
  if ('national' in sel) {
    if (node.kind !== 'national') return false;
    const entry = catalogues.get('national', node.id.slice('national:'.length)) as Record<string, unknown> | undefined;
    if (!entry) return false;
    if (sel.national.category && !sel.national.category.includes(String(entry.category))) return false;
    if (sel.national.platformType && !sel.national.platformType.includes(String(entry.platformType))) return false;
    return true;
  }
  if (node.external || node.kind !== sel.kind) return false;
  if (!sel.field) return true;
  const v = (model.byId.get(node.id) as Record<string, unknown> | undefined)?.[sel.field];
  return sel.values ? sel.values.includes(String(v)) : v !== undefined;
}

export const itemOf = (n: GraphNode, lang: Lang): ViewItem => ({
  id: n.id,
  name: (lang === 'en' ? n.name.en ?? n.name.vi : n.name.vi) || n.id,
  kind: n.kind,
  external: n.external,
  ...(n.status ? { status: n.status } : {}),
});

const byName = new Intl.Collator('vi');

export function overviewView(input: { model: ArchitectureModel; graph: ArchitectureGraph; catalogues: Catalogues; lang: Lang }): OverviewView {
  const { model, graph, catalogues, lang } = input;
  const layout = overviewLayout(model.manifest.framework);
  const slots: { select: Selector[]; items: ViewItem[] }[] = [];
  const rows = layout.rows.map((r) => ({
    id: r.id,
    label: r.label[lang],
    groups: r.groups.map((g) => {
      const slot = { select: g.select, items: [] as ViewItem[] };
      slots.push(slot);
      return { label: g.label[lang], items: slot.items };
    }),
  }));
  const bars = layout.bars.map((b) => {
    const slot = { select: b.select, items: [] as ViewItem[] };
    slots.push(slot);
    return { id: b.id, label: b.label[lang], items: slot.items };
  });
  // Bars are tried first: a security control belongs to the security bar even where a row could take it.
  const order = [...slots.slice(slots.length - bars.length), ...slots.slice(0, slots.length - bars.length)];
  for (const node of graph.nodes) {
    if (node.external && node.kind !== 'national') continue;
    const slot = order.find((s) => s.select.some((sel) => matches(sel, node, model, catalogues)));
    slot?.items.push(itemOf(node, lang));
  }
  for (const s of slots) s.items.sort((a, b) => Number(a.external) - Number(b.external) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return { type: 'overview', id: 'overview', source: layout.source, rows, bars };
}
