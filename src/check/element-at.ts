/** The element a diagnostic is about, found from its location: the `elements[i]` entry of an element file. */
import type { Location } from '../diagnostics/diagnostic.js';
import type { ArchitectureModel } from '../model/types.js';

export type ElementLocator = (loc: Location | undefined) => string | undefined;

/** A lookup from a location to the id of the element it lies in; the index is built once per call. */
export function elementLocator(model: ArchitectureModel): ElementLocator {
  const key = (file: string, index: number) => `${file}\u0000${index}`;
  const byPlace = new Map<string, string>();
  for (const [id, o] of model.origin) byPlace.set(key(o.file.path, o.index), id);
  return (loc) => {
    const p = loc?.path;
    return loc && p && p[0] === 'elements' && typeof p[1] === 'number' ? byPlace.get(key(loc.file, p[1])) : undefined;
  };
}
