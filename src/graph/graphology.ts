/**
 * The only module that imports graphology: the architecture graph as graphology multigraphs (one of its
 * dependency edges, one of every edge; each built on first use, once per graph) and the navigation every later
 * stage does through them: impact, dependents, the context views and the system pages.
 *
 * Measured on a generated 100k architecture (100,135 nodes, 591,578 edges; Node 20, this class of machine):
 * - graphology: building the dependency multigraph takes ~1.0 s, the one of every edge ~4.2 s; plain maps of
 *   the same edges take ~0.35–0.5 s. A walk is then a few milliseconds either way (impact from a system: 14 ms).
 *   `arch impact` and `arch build` pay that once per run; at 10k it is a tenth of it.
 * - The cycle finder of `arch validate` (cycles.ts) stays hand-written: it numbers the nodes and keeps the
 *   dependency edges in typed arrays, and finds every cycle in ~250–280 ms straight from the model's
 *   references. Building the graphology graph (~1.0 s) and asking graphology-dag's `hasCycle` (~0.2 s) would
 *   make every validation ~4× slower for a yes/no that still needs the cycles listed. So `findCycles` is the
 *   one cycle implementation (C39 uses it too), and a property test checks it against graphology-dag.
 */
import type { MultiDirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import type { ArchitectureGraph, GraphEdge } from './types.js';

/** graphology, loaded on the first walk: a command that never walks the graph (validate, check) never loads it. */
let lib: typeof import('graphology') | undefined;
const graphology = () => (lib ??= createRequire(import.meta.url)('graphology') as typeof import('graphology'));

type Which = 'dependencies' | 'all';

/** Edge keys are positions in `graph.edges`, so a node's edges come back in graph order and need no attributes. */
const NAVIGABLE: Record<Which, WeakMap<ArchitectureGraph, MultiDirectedGraph>> = { dependencies: new WeakMap(), all: new WeakMap() };

function navigable(graph: ArchitectureGraph, which: Which): MultiDirectedGraph {
  let g = NAVIGABLE[which].get(graph);
  if (g) return g;
  g = new (graphology().MultiDirectedGraph)();
  for (const n of graph.nodes) g.addNode(n.id);
  const { edges } = graph;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (which === 'all' || e.dependency) {
      if (!g.hasNode(e.from)) g.addNode(e.from);
      if (!g.hasNode(e.to)) g.addNode(e.to);
      g.addEdgeWithKey(String(i), e.from, e.to);
    }
  }
  NAVIGABLE[which].set(graph, g);
  return g;
}

type Walk = 'forEachOutEdge' | 'forEachInEdge' | 'forEachEdge';

function collect(graph: ArchitectureGraph, id: string, walk: Walk, which: Which): GraphEdge[] {
  const g = navigable(graph, which);
  if (!g.hasNode(id)) return [];
  const positions = new Set<number>(); // a set: a self-loop is both an out- and an in-edge
  g[walk](id, (key) => {
    positions.add(Number(key));
  });
  return [...positions].sort((a, b) => a - b).map((i) => graph.edges[i]!);
}

/** The edges leaving `id` (only dependency edges unless `all`), in graph order. */
export const outEdges = (graph: ArchitectureGraph, id: string, all = false): GraphEdge[] => collect(graph, id, 'forEachOutEdge', all ? 'all' : 'dependencies');

/** The edges arriving at `id` (only dependency edges unless `all`), in graph order. */
export const inEdges = (graph: ArchitectureGraph, id: string, all = false): GraphEdge[] => collect(graph, id, 'forEachInEdge', all ? 'all' : 'dependencies');

/** Every edge of `id` of any relation, both directions, each once, in graph order. */
export const edgesOf = (graph: ArchitectureGraph, id: string): GraphEdge[] => collect(graph, id, 'forEachEdge', 'all');
