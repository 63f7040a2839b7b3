import { readSchema, schemaFiles } from '../../src/schema/registry.js';

export type Node = Record<string, unknown>;

/** Keywords whose values are data, not subschemas. */
const DATA_KEYWORDS = new Set(['examples', 'enum', 'const', 'default', 'required', 'description', 'title', '$comment']);

export interface Visit {
  file: string;
  id: string;
  /** JSON pointer of the node inside its file. */
  pointer: string;
  node: Node;
  /** The keyword path from the root (e.g. ['properties', 'elements', 'items']). */
  keys: string[];
}

/** Keywords whose values map names to subschemas (so a property named "description" is a subschema). */
const MAP_KEYWORDS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);

const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every subschema of every bundled schema file (depth first, data keywords skipped). */
export function allSubschemas(): Visit[] {
  const out: Visit[] = [];
  for (const file of schemaFiles()) {
    const root = readSchema(file) as Node;
    const id = String(root.$id);
    const walk = (n: unknown, keys: string[]) => {
      if (Array.isArray(n)) {
        n.forEach((x, i) => walk(x, [...keys, String(i)]));
        return;
      }
      if (n === null || typeof n !== 'object') return;
      const node = n as Node;
      out.push({ file, id, pointer: keys.map(escape).map((k) => `/${k}`).join(''), node, keys });
      const isMap = MAP_KEYWORDS.has(keys[keys.length - 1] ?? '');
      for (const [k, v] of Object.entries(node)) if (isMap || !DATA_KEYWORDS.has(k)) walk(v, [...keys, k]);
    };
    walk(root, []);
  }
  return out;
}

/** Whether the node sits in a `properties` map, i.e. describes one named property. */
export const isProperty = (v: Visit) => v.keys.length >= 2 && v.keys[v.keys.length - 2] === 'properties';
/** Whether the node is (inside) an `if` condition, which guards rather than describes a value. */
export const inCondition = (v: Visit) => v.keys.includes('if');
export const typesOf = (n: Node): string[] => ([] as unknown[]).concat(n.type ?? []).map(String);
