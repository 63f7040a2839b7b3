/** The elements of one kind, typed by kind and in id order: indexed once per model and shared by every stage that asks. */
import type { Kind } from './kinds.js';
import type { ArchitectureModel, Element, ElementOf } from './types.js';

const INDEX = new WeakMap<ArchitectureModel, Map<Kind, Element[]>>();

/** Elements of `kind`, sorted by id (the model's own order). */
export function elementsOfKind<K extends Kind>(model: ArchitectureModel, kind: K): readonly ElementOf<K>[] {
  let index = INDEX.get(model);
  if (!index) {
    index = new Map();
    for (const e of model.elements) {
      const list = index.get(e.kind);
      if (list) list.push(e);
      else index.set(e.kind, [e]);
    }
    INDEX.set(model, index);
  }
  return (index.get(kind) ?? []) as ElementOf<K>[];
}
