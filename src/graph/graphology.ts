/**
 * The only module that imports graphology. Turns the plain architecture graph into a graphology
 * multigraph for callers that want its API, and answers "is there any dependency cycle" with
 * graphology-dag (a fast pre-check before `findCycles` enumerates them).
 */
import { MultiDirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import type { ArchitectureGraph, GraphEdge } from './types.js';

export type GraphologyGraph = MultiDirectedGraph;

/** A graphology multigraph with node and edge attributes copied from the architecture graph. */
export function toGraphology(graph: ArchitectureGraph, keep: (e: GraphEdge) => boolean = () => true): GraphologyGraph {
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) g.addNode(n.id, { kind: n.kind, layer: n.layer, name: n.name, status: n.status, external: n.external });
  for (const e of graph.edges) if (keep(e)) g.addEdge(e.from, e.to, { field: e.field, relation: e.relation, dependency: e.dependency });
  return g;
}

/** Whether the dependency edges contain a cycle. */
export function hasDependencyCycle(graph: ArchitectureGraph): boolean {
  return hasCycle(toGraphology(graph, (e) => e.dependency));
}
