/**
 * Builds the architecture graph from the model: elements become nodes, every resolved reference
 * (`model.references`, produced through the relation table) becomes an edge. Catalogue targets such as
 * `national:ndxp` become external nodes named from the catalogue.
 */
import { Catalogues, parseCatalogueRef } from '../catalog/catalog.js';
import { KIND_INFO } from '../model/kinds.js';
import { fieldOf, type ArchitectureModel, type Element } from '../model/types.js';
import { LAYERS, type ArchitectureGraph, type GraphEdge, type GraphNode, type NodeLayer } from './types.js';

/** Scalar element fields exported as node properties when present. */
const PROP_FIELDS = ['securityLevel', 'platformType', 'level', 'serviceLevel', 'refModel', 'category', 'type', 'direction'] as const;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function elementNode(el: Element): GraphNode {
  const props: Record<string, string> = {};
  for (const f of PROP_FIELDS) {
    const v = fieldOf(el, f);
    if (typeof v === 'string' || typeof v === 'number') props[f] = String(v);
  }
  return { id: el.id, kind: el.kind, layer: KIND_INFO[el.kind].layer, name: el.name, external: false, status: el.status, props };
}

function externalNode(ref: string, catalogues: Catalogues | undefined): GraphNode {
  const cat = parseCatalogueRef(ref);
  const ns = cat?.ns ?? 'national';
  const entry = cat ? catalogues?.get(cat.ns, cat.id) : undefined;
  const name = entry ? { vi: entry.name.vi, en: entry.name.en } : { vi: ref };
  return { id: ref, kind: ns, layer: 'external', name, external: true, props: {} };
}

export function compareNodes(a: GraphNode, b: GraphNode): number {
  return LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || cmp(a.id, b.id);
}

export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.field, b.field) || (a.index ?? -1) - (b.index ?? -1);
}

/**
 * Sorts `edges[start..end)`, edges of one source, by to, field, index. Insertion sort: an element has a
 * handful of references, mostly in order already.
 */
function sortRun(edges: GraphEdge[], start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const e = edges[i]!;
    let j = i - 1;
    while (j >= start && compareEdges(edges[j]!, e) > 0) {
      edges[j + 1] = edges[j]!;
      j--;
    }
    edges[j + 1] = e;
  }
}

/**
 * Builds the graph; pass the catalogues to name external nodes (loaded from data/ when omitted).
 * Relies on the model's order (elements by id, references grouped by source in element order): nodes are
 * bucketed by layer and edges sorted within each source, which gives the fully sorted order without a global sort.
 */
export function buildGraph(model: ArchitectureModel, catalogues?: Catalogues): ArchitectureGraph {
  const byLayer = new Map<NodeLayer, GraphNode[]>(LAYERS.map((l) => [l, []]));
  const byId = new Map<string, GraphNode>();
  for (const el of model.elements) {
    const node = elementNode(el);
    byId.set(el.id, node);
    byLayer.get(node.layer)!.push(node);
  }
  const external: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let cats = catalogues;
  let run = 0;
  for (const r of model.references) {
    if (!byId.has(r.from)) continue;
    if (!byId.has(r.to)) {
      if (!parseCatalogueRef(r.to)) continue;
      cats ??= Catalogues.load();
      const node = externalNode(r.to, cats);
      byId.set(r.to, node);
      external.push(node);
    }
    if (edges.length > run && edges[run]!.from !== r.from) {
      sortRun(edges, run, edges.length);
      run = edges.length;
    }
    edges.push(r);
  }
  sortRun(edges, run, edges.length);
  byLayer.set('external', external.sort((a, b) => cmp(a.id, b.id)));
  const nodes = [...byLayer.values()].flat();
  return { nodes, edges, byId };
}

/** The subgraph induced by a set of node ids (order preserved). */
export function subgraph(graph: ArchitectureGraph, keep: ReadonlySet<string>): ArchitectureGraph {
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const edges = graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  return { nodes, edges, byId: new Map(nodes.map((n) => [n.id, n])) };
}
