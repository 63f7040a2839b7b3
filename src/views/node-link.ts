/**
 * Node-link views: a bounded selection of the graph (a component architecture, the integration view, one
 * system's neighbours). Above VIEW_CAP nodes or edges a view shows one node per element kind with its count and
 * one edge per kind pair and relation, and says so; no view is ever unbounded. Ownership (`owner`) and
 * principle links (`satisfies`) are left out: they connect everything to a few hubs and say nothing a table
 * does not.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { ArchitectureGraph, GraphEdge, GraphNode } from '../graph/index.js';
import { compareNodes } from '../graph/build-graph.js';
import { edgesOf } from '../graph/graphology.js';
import { kindLabel } from './labels.js';
import { relationLabel } from './data.js';
import { itemOf } from './overview.js';
import { VIEW_CAP, type NodeLinkView, type ViewEdge, type ViewNode } from './types.js';

const HIDDEN_FIELDS = new Set(['owner', 'satisfies']);

const nodeOf = (n: GraphNode, lang: Lang): ViewNode => ({ ...itemOf(n, lang), layer: n.layer });

/**
 * The view of exactly these nodes and the edges between them, aggregated when above the cap. `candidates` (the
 * edges that may be between them, in graph order) spares a pass over the whole graph for small views.
 */
export function boundedView(graph: ArchitectureGraph, keep: ReadonlySet<string>, id: string, lang: Lang, highlight?: string, candidates: readonly GraphEdge[] = graph.edges): NodeLinkView {
  const nodes = keep.size * 8 < graph.nodes.length ? [...keep].flatMap((k) => (graph.byId.has(k) ? [graph.byId.get(k)!] : [])).sort(compareNodes) : graph.nodes.filter((n) => keep.has(n.id));
  const edges = candidates.filter((e) => keep.has(e.from) && keep.has(e.to) && !HIDDEN_FIELDS.has(e.field) && e.from !== e.to);
  if (nodes.length <= VIEW_CAP.nodes && edges.length <= VIEW_CAP.edges) {
    return {
      type: 'graph',
      id,
      nodes: nodes.map((n) => ({ ...nodeOf(n, lang), ...(n.id === highlight ? { highlight: true } : {}) })),
      edges: mergeParallel(edges.map((e) => ({ from: e.from, to: e.to, label: relationLabel(e.relation, lang), dependency: e.dependency }))),
    };
  }
  return aggregated(graph, nodes, edges, id, lang, highlight);
}

/** Parallel edges with the same relation (an element listing another twice) drawn once. */
function mergeParallel(edges: ViewEdge[]): ViewEdge[] {
  const seen = new Map<string, ViewEdge>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}\u0000${e.label}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  return [...seen.values()];
}

function aggregated(graph: ArchitectureGraph, nodes: GraphNode[], edges: GraphEdge[], id: string, lang: Lang, highlight?: string): NodeLinkView {
  // The element in focus stays itself; every other element joins its kind's node.
  const groupOf = (n: GraphNode) => (n.id === highlight ? n.id : `kind:${n.kind}`);
  const groups = new Map<string, ViewNode>();
  for (const n of nodes) {
    const g = groupOf(n);
    const existing = groups.get(g);
    if (existing) existing.count = (existing.count ?? 1) + 1;
    else groups.set(g, n.id === highlight ? { ...nodeOf(n, lang), highlight: true } : { id: g, name: kindLabel(n.kind, lang), kind: n.kind, layer: n.layer, external: n.external, count: 1 });
  }
  const byKey = new Map<string, ViewEdge>();
  for (const e of edges) {
    const from = groupOf(graph.byId.get(e.from)!);
    const to = groupOf(graph.byId.get(e.to)!);
    if (from === to) continue;
    const key = `${from}\u0000${to}\u0000${e.relation}`;
    const x = byKey.get(key);
    if (x) x.count = (x.count ?? 1) + 1;
    else byKey.set(key, { from, to, label: relationLabel(e.relation, lang), dependency: e.dependency, count: 1 });
  }
  // Kind pairs are bounded by the kinds, but a cap is a cap: the most frequent relations are kept.
  const list = [...byKey.values()].sort((a, b) => (b.count ?? 1) - (a.count ?? 1)).slice(0, VIEW_CAP.edges);
  const order = (a: ViewEdge, b: ViewEdge) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : a.label < b.label ? -1 : 1);
  return { type: 'graph', id, nodes: [...groups.values()], edges: list.sort(order), aggregated: { nodes: nodes.length, edges: edges.length } };
}

/** Elements of some kinds, with the national catalogue components they refer to when `external`. */
export function kindsView(graph: ArchitectureGraph, kinds: readonly string[], external: boolean, id: string, lang: Lang): NodeLinkView {
  const keep = new Set(graph.nodes.filter((n) => !n.external && kinds.includes(n.kind)).map((n) => n.id));
  if (external) for (const e of graph.edges) if (keep.has(e.from) && graph.byId.get(e.to)?.kind === 'national' && !HIDDEN_FIELDS.has(e.field)) keep.add(e.to);
  return boundedView(graph, new Set(keep), id, lang);
}

/** The connection model: systems and platforms (LGSP), and the national platforms and databases (NDXP …) they reach. */
export const integrationView = (graph: ArchitectureGraph, lang: Lang): NodeLinkView => kindsView(graph, ['information-system', 'platform'], true, 'integration', lang);

/** One element and its direct neighbours (both directions). */
export function contextView(graph: ArchitectureGraph, elementId: string, lang: Lang, id = `context-${elementId}`): NodeLinkView {
  const own = edgesOf(graph, elementId);
  const keep = new Set([elementId]);
  for (const e of own) if (!HIDDEN_FIELDS.has(e.field)) keep.add(e.from === elementId ? e.to : e.from);
  const view = boundedView(graph, keep, id, lang, elementId, own);
  // Only the focus element's own relations: links between two neighbours belong to their own pages.
  return view.aggregated ? view : { ...view, edges: view.edges.filter((e) => e.from === elementId || e.to === elementId) };
}
