/**
 * Dependency cycles: Tarjan's strongly connected components (iterative, so deep chains cannot overflow
 * the stack), then one simple cycle per component, found by a breadth-first search from the component's
 * smallest id back to itself. Each cycle is listed once, starting at its smallest id.
 */
import type { ArchitectureGraph, GraphEdge } from './types.js';

export interface Cycle {
  /** Element ids in cycle order; the last one depends on the first. */
  nodes: string[];
  /** edges[i] goes from nodes[i] to nodes[(i + 1) % n]. */
  edges: GraphEdge[];
}

function adjacency(graph: ArchitectureGraph): Map<string, GraphEdge[]> {
  const adj = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (!e.dependency || e.from === e.to) continue;
    let list = adj.get(e.from);
    if (!list) adj.set(e.from, (list = []));
    list.push(e);
  }
  return adj;
}

/** Strongly connected components with more than one node, each sorted by id. */
export function stronglyConnected(graph: ArchitectureGraph, adj = adjacency(graph)): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const start of graph.nodes.map((n) => n.id)) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = adj.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const comp: string[] = [];
        let x: string;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          comp.push(x);
        } while (x !== frame.id);
        if (comp.length > 1) out.push(comp.sort());
      }
    }
  }
  return out.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Every dependency cycle, once per strongly connected component, in a stable order. */
export function findCycles(graph: ArchitectureGraph): Cycle[] {
  const adj = adjacency(graph);
  return stronglyConnected(graph, adj).map((comp) => shortestCycle(comp, adj));
}

function shortestCycle(comp: string[], adj: Map<string, GraphEdge[]>): Cycle {
  const members = new Set(comp);
  const start = comp[0]!;
  const via = new Map<string, GraphEdge>();
  const queue = [start];
  let closing: GraphEdge | undefined;
  for (let i = 0; i < queue.length && !closing; i++) {
    for (const e of adj.get(queue[i]!) ?? []) {
      if (!members.has(e.to)) continue;
      if (e.to === start) {
        closing = e;
        break;
      }
      if (!via.has(e.to)) {
        via.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  // A strongly connected component always has a path back to its start.
  const edges: GraphEdge[] = [closing!];
  for (let cur = closing!.from; cur !== start; ) {
    const e = via.get(cur)!;
    edges.unshift(e);
    cur = e.from;
  }
  return { nodes: edges.map((e) => e.from), edges };
}
