/**
 * What the editor needs to know about a field from the bundled JSON Schemas: its description and, for an
 * enumeration, its allowed values. The schemas stay the single source of truth; `$ref`s to the common
 * schema are followed.
 */
import * as fs from 'node:fs';
import type { Kind } from '../model/kinds.js';
import { packagePath } from '../util/paths.js';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; const?: unknown; description?: string; $defs?: Record<string, Schema> };

export interface FieldInfo {
  description?: string;
  enum?: string[];
}

const cache = new Map<string, Schema>();
function schemaFile(rel: string): Schema {
  let s = cache.get(rel);
  if (!s) cache.set(rel, (s = JSON.parse(fs.readFileSync(packagePath('schemas', rel), 'utf8')) as Schema));
  return s;
}

/** Follows `$ref`s into the common schema (`…/common.schema.json#/$defs/x`) and local `#/$defs/x`. */
function deref(s: Schema, home: Schema, depth = 0): Schema {
  if (!s.$ref || depth > 8) return s;
  const [file, pointer = ''] = s.$ref.split('#');
  const doc = file ? schemaFile(file.endsWith('common.schema.json') ? 'common.schema.json' : file.replace(/^.*\/v1\//, '')) : home;
  let node: unknown = doc;
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[part];
  const target = (node as Schema | undefined) ?? {};
  // The referring schema's own description wins over the target's.
  return { ...deref(target, doc, depth + 1), ...(s.description ? { description: s.description } : {}) };
}

/** The schema of `kind`'s field at `keys` (e.g. ['securityApproval', 'approver']), array items unwrapped. */
export function fieldInfo(kind: Kind, keys: readonly string[]): FieldInfo | undefined {
  const home = schemaFile(`kinds/${kind}.schema.json`);
  let node: Schema | undefined = home;
  for (const key of keys) {
    node = node && deref(node, home);
    node = node?.properties?.[key];
    if (!node) return undefined;
  }
  let s = deref(node!, home);
  if (s.items) s = { ...deref(s.items, home), ...(s.description ? { description: s.description } : {}) };
  const values = s.enum ?? (s.const !== undefined ? [s.const] : undefined);
  return { ...(s.description ? { description: s.description } : {}), ...(values ? { enum: values.map(String) } : {}) };
}

/** The property names a kind's element may have, with their descriptions. */
export function propertiesOf(kind: Kind, keys: readonly string[] = []): { name: string; description?: string }[] {
  const home = schemaFile(`kinds/${kind}.schema.json`);
  let node: Schema | undefined = home;
  for (const key of keys) node = node && deref(node, home).properties?.[key];
  if (!node) return [];
  const s = deref(node, home);
  const props = (s.items ? deref(s.items, home) : s).properties ?? {};
  return Object.entries(props).map(([name, p]) => ({ name, ...(p.description ?? deref(p, home).description ? { description: p.description ?? deref(p, home).description } : {}) }));
}
