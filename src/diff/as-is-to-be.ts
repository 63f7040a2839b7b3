/**
 * `arch diff --as-is-to-be`: the current and the target architecture of one repository as two versions
 * (model/transition.ts says which elements each holds), so that they compare like two commits; the
 * findings of the repository belong to neither side and are not compared.
 */
import type { ArchitectureGraph } from '../graph/types.js';
import { subgraph } from '../graph/build-graph.js';
import { inAsIs, inToBe } from '../model/transition.js';
import type { ArchitectureModel, Element } from '../model/types.js';
import type { Version } from './compare.js';

function part(model: ArchitectureModel, graph: ArchitectureGraph, keep: (e: Element) => boolean, label: string): Version {
  const elements = model.elements.filter(keep);
  const ids = new Set(elements.map((e) => e.id));
  const inside = (id: string) => ids.has(id) || (!model.byId.has(id) && graph.byId.get(id)?.external === true);
  const sub: ArchitectureModel = {
    ...model,
    elements,
    byId: new Map(elements.map((e) => [e.id, e])),
    origin: new Map([...model.origin].filter(([id]) => ids.has(id))),
    references: model.references.filter((r) => ids.has(r.from) && inside(r.to)),
  };
  const nodes = new Set(graph.nodes.filter((n) => inside(n.id)).map((n) => n.id));
  return { label, model: sub, graph: subgraph(graph, nodes), diagnostics: [] };
}

export function asIsToBeVersions(model: ArchitectureModel, graph: ArchitectureGraph, labels: { asIs: string; toBe: string }): { base: Version; head: Version } {
  return { base: part(model, graph, inAsIs, labels.asIs), head: part(model, graph, inToBe, labels.toBe) };
}
