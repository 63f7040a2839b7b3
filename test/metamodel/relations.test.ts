/**
 * Every reference field of every kind schema has exactly one row in the relation table, with targets that
 * match the field's schema (element ids, namespaced catalogue ids or both), and vice versa.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_INFO } from '../../src/model/kinds.js';
import { RELATIONS, relationsOf } from '../../src/model/relations.js';
import { readSchema } from '../../src/schema/registry.js';

type Node = Record<string, unknown>;
const COMMON = 'https://arch.vn/schemas/v1/common.schema.json#/$defs/';
/** Common definitions that hold references, and which sort of target they accept. */
const REF_DEFS: Record<string, { many: boolean; accepts: 'element' | 'catalogue' | 'both'; ns?: string }> = {
  ref: { many: false, accepts: 'element' },
  refList: { many: true, accepts: 'element' },
  anyRef: { many: false, accepts: 'both' },
  anyRefList: { many: true, accepts: 'both' },
  nationalRef: { many: false, accepts: 'catalogue', ns: 'national' },
  stdRef: { many: false, accepts: 'catalogue', ns: 'std' },
  provinceRef: { many: false, accepts: 'catalogue', ns: 'province' },
};

function refDef(prop: Node): string | undefined {
  const ref = typeof prop.$ref === 'string' ? prop.$ref : typeof (prop.items as Node | undefined)?.$ref === 'string' ? String((prop.items as Node).$ref) : undefined;
  if (!ref?.startsWith(COMMON)) return undefined;
  const name = ref.slice(COMMON.length);
  if (!(name in REF_DEFS)) return undefined;
  return prop.type === 'array' ? (name === 'ref' ? 'refList' : name === 'anyRef' ? 'anyRefList' : name) : name;
}

function schemaRefFields(kind: string): Map<string, string> {
  const props = readSchema(`kinds/${kind}.schema.json`).properties as Record<string, Node>;
  const out = new Map<string, string>();
  for (const [field, prop] of Object.entries(props)) {
    const def = refDef(prop);
    if (def) out.set(field, def);
  }
  return out;
}

const NAMESPACES = new Set(['national', 'std', 'ministry', 'province']);

describe('relation table ↔ schemas', () => {
  it.each([...KINDS])('%s: the reference fields of the schema are exactly the rows of RELATIONS', (kind) => {
    const fromSchema = [...schemaRefFields(kind).keys()].sort();
    const fromTable = relationsOf(kind).map((r) => r.field).sort();
    expect(fromTable).toEqual(fromSchema);
  });

  it.each([...KINDS])('%s: each row agrees with its schema field on cardinality and target sort', (kind) => {
    const fields = schemaRefFields(kind);
    for (const r of relationsOf(kind)) {
      const def = REF_DEFS[fields.get(r.field)!]!;
      expect(r.many, `${kind}.${r.field}`).toBe(def.many);
      const catalogueTargets = r.targets.filter((t) => NAMESPACES.has(t));
      const elementTargets = r.targets.filter((t) => !NAMESPACES.has(t));
      if (def.accepts === 'element') expect(catalogueTargets, `${kind}.${r.field}`).toEqual([]);
      if (def.accepts === 'catalogue') expect(r.targets, `${kind}.${r.field}`).toEqual([def.ns]);
      if (def.accepts === 'both') expect(elementTargets.length + catalogueTargets.length, `${kind}.${r.field}`).toBeGreaterThan(0);
      for (const t of elementTargets) expect(KIND_INFO[t as keyof typeof KIND_INFO], `${kind}.${r.field} → ${t}`).toBeDefined();
    }
  });

  it('has one row per (kind, field), each with a relation and an inverse name', () => {
    const keys = RELATIONS.map((r) => `${r.kind}.${r.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of RELATIONS) {
      expect(r.relation, `${r.kind}.${r.field}`).toMatch(/^[a-z][A-Za-z]*$/);
      expect(r.inverse, `${r.kind}.${r.field}`).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });
});
