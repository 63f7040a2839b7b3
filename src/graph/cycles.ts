/**
 * Dependency cycles: Tarjan's strongly connected components (iterative, so deep chains cannot overflow
 * the stack), then one simple cycle per component, found by a breadth-first search from the component's
 * smallest id back to itself. Each cycle is listed once, starting at its smallest id.
 * Nodes are numbered and the dependency edges kept in compressed rows of typed arrays: no map or set
 * lookup by id per edge.
 */
import { compareEdges } from './build-graph.js';
import type { GraphEdge } from './types.js';

/**
 * What cycles are found in: an architecture graph, or the model's elements and references as they are
 * (so `arch validate` needs no sorted graph). Each source's edges are taken in graph order (to, field, index)
 * either way, so the same cycle is reported from the same start.
 */
export interface DependencyEdges {
  nodes: readonly { id: string }[];
  edges: readonly GraphEdge[];
}

export interface Cycle {
  /** Element ids in cycle order; the last one depends on the first. */
  nodes: string[];
  /** edges[i] goes from nodes[i] to nodes[(i + 1) % n]. */
  edges: GraphEdge[];
}

/**
 * The dependency edges (self-loops left out) by source. Node i is `ids[i]`: the graph's nodes in order,
 * then any edge end that is not a node. Row i is positions `start[i]` to `start[i + 1]` of `edges`,
 * `source` and `target`, in the graph's edge order.
 */
interface Adjacency {
  ids: string[];
  /** How many of `ids` are graph nodes (the roots of the search). */
  nodeCount: number;
  start: Int32Array;
  source: Int32Array;
  target: Int32Array;
  edges: GraphEdge[];
}

function adjacency(graph: DependencyEdges): Adjacency {
  const ids = graph.nodes.map((n) => n.id);
  const number = new Map<string, number>();
  ids.forEach((id, i) => number.set(id, i));
  const numberOf = (id: string): number => {
    let i = number.get(id);
    if (i === undefined) number.set(id, (i = ids.push(id) - 1));
    return i;
  };
  const deps = graph.edges.filter((e) => e.dependency && e.from !== e.to);
  const from = Int32Array.from(deps, (e) => numberOf(e.from));
  const to = Int32Array.from(deps, (e) => numberOf(e.to));
  // Counting sort by source: stable, so each row keeps the graph's edge order.
  const start = new Int32Array(ids.length + 1);
  for (const f of from) start[f + 1]!++;
  for (let i = 0; i < ids.length; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, ids.length);
  const source = new Int32Array(deps.length);
  const target = new Int32Array(deps.length);
  const edges = new Array<GraphEdge>(deps.length);
  deps.forEach((e, k) => {
    const at = fill[from[k]!]!++;
    source[at] = from[k]!;
    target[at] = to[k]!;
    edges[at] = e;
  });
  for (let i = 0; i < ids.length; i++) sortRow(start[i]!, start[i + 1]!, target, edges);
  return { ids, nodeCount: graph.nodes.length, start, source, target, edges };
}

/**
 * Puts one row in graph edge order (to, field, index). Insertion sort: a row is a handful of edges, and
 * already in order when they come from the sorted graph. `source` is the same along a row.
 */
function sortRow(from: number, end: number, target: Int32Array, edges: GraphEdge[]): void {
  for (let i = from + 1; i < end; i++) {
    const e = edges[i]!;
    const t = target[i]!;
    let j = i - 1;
    for (; j >= from && compareEdges(edges[j]!, e) > 0; j--) {
      edges[j + 1] = edges[j]!;
      target[j + 1] = target[j]!;
    }
    edges[j + 1] = e;
    target[j + 1] = t;
  }
}

/** Strongly connected components with more than one node, as node numbers. */
function components(adj: Adjacency): number[][] {
  const n = adj.ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = adj.start.slice(0, n); // per node: the next edge to follow
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const work = new Int32Array(n);
  const out: number[][] = [];
  let sp = 0;
  let counter = 0;
  for (let root = 0; root < adj.nodeCount; root++) {
    if (index[root]! >= 0) continue;
    let wp = 0;
    work[wp++] = root;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (wp > 0) {
      const v = work[wp - 1]!;
      if (next[v]! < adj.start[v + 1]!) {
        const w = adj.target[next[v]!++]!;
        if (index[w]! < 0) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          work[wp++] = w;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      wp--;
      if (wp > 0) low[work[wp - 1]!] = Math.min(low[work[wp - 1]!]!, low[v]!);
      if (low[v] === index[v] && stack[sp - 1] === v) {
        onStack[v] = 0; // a component of one node: no cycle
        sp--;
      } else if (low[v] === index[v]) {
        const comp: number[] = [];
        let x: number;
        do {
          x = stack[--sp]!;
          onStack[x] = 0;
          comp.push(x);
        } while (x !== v);
        out.push(comp);
      }
    }
  }
  return out;
}

/** The components, each sorted by id, ordered by their smallest id. */
function sortedComponents(adj: Adjacency): number[][] {
  const byId = (a: number, b: number): number => (adj.ids[a]! < adj.ids[b]! ? -1 : 1); // ids are distinct
  return components(adj)
    .map((c) => c.sort(byId))
    .sort((a, b) => byId(a[0]!, b[0]!));
}

/** Strongly connected components with more than one node, each sorted by id. */
export function stronglyConnected(graph: DependencyEdges): string[][] {
  const adj = adjacency(graph);
  return sortedComponents(adj).map((c) => c.map((i) => adj.ids[i]!));
}

/** Every dependency cycle, once per strongly connected component, in a stable order. */
export function findCycles(graph: DependencyEdges): Cycle[] {
  const adj = adjacency(graph);
  return sortedComponents(adj).map((comp) => shortestCycle(comp, adj));
}

/** A shortest cycle through the component's first node, by breadth-first search in edge order. */
function shortestCycle(comp: number[], adj: Adjacency): Cycle {
  const members = new Set(comp);
  const start = comp[0]!;
  const via = new Map<number, number>(); // node → position of the edge that first reached it
  const queue = [start];
  let closing = -1;
  for (let i = 0; i < queue.length && closing < 0; i++) {
    const v = queue[i]!;
    for (let k = adj.start[v]!; k < adj.start[v + 1]!; k++) {
      const w = adj.target[k]!;
      if (!members.has(w)) continue;
      if (w === start) {
        closing = k;
        break;
      }
      if (!via.has(w)) {
        via.set(w, k);
        queue.push(w);
      }
    }
  }
  // A strongly connected component always has a path back to its start.
  const back = [closing];
  for (let cur = adj.source[closing]!; cur !== start; ) {
    const k = via.get(cur)!;
    back.push(k);
    cur = adj.source[k]!;
  }
  const edges = back.reverse().map((k) => adj.edges[k]!);
  return { nodes: edges.map((e) => e.from), edges };
}
