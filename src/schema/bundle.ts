/**
 * Self-contained schema bundles for editors. The bundled schemas refer to each other by absolute `$id`
 * (`https://arch.vn/schemas/v1/…`), which an editor would try to fetch over the network. A bundle inlines
 * every schema a root needs into its `$defs` and rewrites each `$ref` to a local `#/$defs/…` pointer, so
 * yaml-language-server (or any JSON Schema tool) can check a file offline with nothing but the bundle.
 */
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { readSchema, schemaFiles, SCHEMA_BASE } from './registry.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Short names of the bundled schemas: `manifest`, `elements`, `common`, and one per kind (`information-system`). */
export interface SchemaEntry {
  name: string;
  file: string;
  id: string;
  title: string;
  description: string;
}

const ORDER = ['manifest', 'elements', 'common'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** Every bundled schema: manifest, elements, common, then the kinds in alphabetical order. */
export function schemaEntries(): SchemaEntry[] {
  const entries = schemaFiles().map((file) => {
    const s = readSchema(file) as JsonObject;
    return {
      name: file.replace(/^kinds\//, '').replace(/\.schema\.json$/, ''),
      file,
      id: String(s.$id ?? ''),
      title: String(s.title ?? ''),
      description: String(s.description ?? ''),
    };
  });
  return entries.sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Local `$defs` key under which a schema file's own definitions and root are placed. */
function prefixOf(id: string): string {
  const rel = id.startsWith(SCHEMA_BASE) ? id.slice(SCHEMA_BASE.length) : id;
  return rel.replace(/\.schema\.json$/, '').replace(/\//g, '.');
}

function rewriteRef(ref: string, baseId: string, rootId: string): string {
  const hash = ref.indexOf('#');
  const target = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const id = target === '' ? baseId : target;
  const m = /^\/\$defs\/([^/]+)$/.exec(fragment);
  if (fragment !== '' && !m) throw new Error(`cannot bundle $ref ${ref} in ${baseId}`);
  if (id === rootId) return m ? `#/$defs/${m[1]}` : '#';
  return m ? `#/$defs/${prefixOf(id)}.${m[1]}` : `#/$defs/${prefixOf(id)}`;
}

function rewrite(node: Json, baseId: string, rootId: string, needed: Set<string>): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, baseId, rootId, needed));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      const target = v.split('#')[0] || baseId;
      if (target !== rootId) needed.add(target);
      out[k] = rewriteRef(v, baseId, rootId);
    } else if (k === 'examples' || k === 'enum' || k === 'const') {
      out[k] = v; // data, not schema: never rewritten
    } else {
      out[k] = rewrite(v, baseId, rootId, needed);
    }
  }
  return out;
}

/**
 * Bundles the schema with `$id` rootId: its definitions stay under their names, and every other schema it
 * reaches is added as `$defs["<prefix>"]` (the schema's root) and `$defs["<prefix>.<def>"]` (its definitions).
 */
export function bundleSchema(rootId: string): AnySchemaObject {
  const byId = new Map<string, JsonObject>();
  for (const file of schemaFiles()) {
    const s = readSchema(file) as JsonObject;
    byId.set(String(s.$id), s);
  }
  const root = byId.get(rootId);
  if (!root) throw new Error(`schema ${rootId} is not bundled`);
  const needed = new Set<string>();
  const { $defs: rootDefs, ...rootBody } = root;
  const out = rewrite(rootBody, rootId, rootId, needed) as JsonObject;
  const defs: JsonObject = {};
  for (const [name, def] of Object.entries((rootDefs ?? {}) as JsonObject)) defs[name] = rewrite(def, rootId, rootId, needed);
  const done = new Set<string>();
  while (needed.size > done.size) {
    for (const id of [...needed].sort()) {
      if (done.has(id)) continue;
      done.add(id);
      const s = byId.get(id);
      if (!s) throw new Error(`schema ${id} is not bundled`);
      const { $defs: own, $id: _id, $schema: _schema, examples: _examples, ...body } = s;
      const prefix = prefixOf(id);
      const add = (key: string, value: Json) => {
        if (key in defs) throw new Error(`bundle key ${key} is used twice`);
        defs[key] = value;
      };
      if (Object.keys(body).some((k) => !['title', 'description', '$comment'].includes(k))) add(prefix, rewrite(body, id, rootId, needed));
      for (const [name, def] of Object.entries((own ?? {}) as JsonObject)) add(`${prefix}.${name}`, rewrite(def, id, rootId, needed));
    }
  }
  const sorted: JsonObject = {};
  for (const key of Object.keys(defs).sort()) sorted[key] = defs[key]!;
  return { ...out, $defs: sorted } as AnySchemaObject;
}

/** The bundle as a file: pretty JSON with the `generated by arch` marker in `$comment`, ending in a newline. */
export function bundleText(rootId: string, version: string): string {
  const b = bundleSchema(rootId);
  const { $schema, $id, ...rest } = b;
  const withMarker = {
    $schema,
    $id: String($id).replace(SCHEMA_BASE, `${SCHEMA_BASE}bundle/`),
    $comment: `generated by arch ${version} (arch schema --bundle): self-contained copy of ${rootId} for editors; do not edit, regenerate it instead`,
    ...rest,
  };
  return `${JSON.stringify(withMarker, null, 2)}\n`;
}
