/**
 * The dependency graph of a model, built once: every stage that navigates the architecture asks here
 * (`arch validate` never does, so it never pays for the sorted graph).
 */
import type { Catalogues } from '../catalog/catalog.js';
import type { ArchitectureModel } from '../model/types.js';
import { buildGraph } from './build-graph.js';
import type { ArchitectureGraph } from './types.js';

const GRAPHS = new WeakMap<ArchitectureModel, ArchitectureGraph>();

/** The graph of `model` (its references resolved against `catalogues` when the model was built). */
export function graphOf(model: ArchitectureModel, catalogues: Catalogues): ArchitectureGraph {
  let graph = GRAPHS.get(model);
  if (!graph) GRAPHS.set(model, (graph = buildGraph(model, catalogues)));
  return graph;
}
