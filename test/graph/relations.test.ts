/**
 * Meta-tests of the relation table (src/model/relations.ts) against the kind schemas: every reference field
 * has exactly one row with a relation and an inverse, and inverse names form symmetric pairs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../src/model/kinds.js';
import { RELATIONS, relationOf } from '../../src/model/relations.js';
import { RELATIONSHIP_CANDIDATES } from '../../src/export/archimate/mapping.js';
import { ROOT } from '../helpers/cli.js';

const REF_DEFS = new Set(['ref', 'anyRef', 'nationalRef', 'stdRef', 'provinceRef', 'ministryRef', 'refList', 'anyRefList']);

/** Property names of a kind schema whose value is (or lists) a reference, found through `$ref` to the common reference defs. */
function referenceFields(kind: Kind): string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/kinds', `${kind}.schema.json`), 'utf8')) as { properties: Record<string, unknown> };
  const isRef = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    const ref = (node as { $ref?: string }).$ref;
    if (typeof ref === 'string' && REF_DEFS.has(ref.split('#/$defs/')[1] ?? '')) return true;
    return Object.values(node as Record<string, unknown>).some(isRef);
  };
  return Object.entries(schema.properties)
    .filter(([, sub]) => isRef(sub))
    .map(([name]) => name)
    .sort();
}

describe('relation table', () => {
  it('finds reference fields in the schemas (the meta-test is not vacuous)', () => {
    expect(referenceFields('information-system')).toEqual(expect.arrayContaining(['owner', 'uses', 'dependsOn', 'databases', 'subsystems']));
    expect(referenceFields('integration')).toEqual(expect.arrayContaining(['from', 'to', 'via']));
  });

  for (const kind of KINDS) {
    it(`${kind}: every reference field has exactly one row with a relation and an inverse, and every row is a field`, () => {
      const fields = referenceFields(kind);
      const rows = RELATIONS.filter((r) => r.kind === kind);
      for (const field of fields) {
        const matching = rows.filter((r) => r.field === field);
        expect(matching, `${kind}.${field}`).toHaveLength(1);
        const row = matching[0]!;
        expect(row.relation, `${kind}.${field} relation`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(row.inverse, `${kind}.${field} inverse`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(row.inverse).not.toBe(row.relation);
        expect(row.targets.length, `${kind}.${field} targets`).toBeGreaterThan(0);
        expect(relationOf(kind, field)).toBe(row);
      }
      expect(rows.map((r) => r.field).sort()).toEqual(fields);
    });
  }

  it('inverse names are symmetric pairs: one inverse per relation, one relation per inverse, and X⁻¹⁻¹ = X', () => {
    const inverseOf = new Map<string, Set<string>>();
    for (const r of RELATIONS) inverseOf.set(r.relation, (inverseOf.get(r.relation) ?? new Set()).add(r.inverse));
    const relationOfInverse = new Map<string, Set<string>>();
    for (const r of RELATIONS) relationOfInverse.set(r.inverse, (relationOfInverse.get(r.inverse) ?? new Set()).add(r.relation));
    for (const [rel, invs] of inverseOf) expect([...invs], `inverse of ${rel}`).toHaveLength(1);
    for (const [inv, rels] of relationOfInverse) expect([...rels], `relations with inverse ${inv}`).toHaveLength(1);
    for (const [rel, invs] of inverseOf) {
      const inv = [...invs][0]!;
      if (inverseOf.has(inv)) expect([...inverseOf.get(inv)!], `${inv} declared as a relation must have inverse ${rel}`).toEqual([rel]);
    }
  });

  it('the named pairs of the issue are there', () => {
    const pair = (kind: Kind, field: string) => [relationOf(kind, field)?.relation, relationOf(kind, field)?.inverse];
    expect(pair('information-system', 'dependsOn')).toEqual(['dependsOn', 'dependencyOf']);
    expect(pair('information-system', 'owner')).toEqual(['ownedBy', 'owns']);
    expect(pair('information-system', 'uses')).toEqual(['uses', 'usedBy']);
    expect(pair('integration', 'via')).toEqual(['routedVia', 'routes']);
  });

  it('every row has an ArchiMate mapping entry (by kind or for every kind)', () => {
    for (const r of RELATIONS) expect(RELATIONSHIP_CANDIDATES[`${r.kind}.${r.field}`] ?? RELATIONSHIP_CANDIDATES[`*.${r.field}`], `${r.kind}.${r.field}`).toBeDefined();
  });

  it('every relation and inverse has a label in both languages (data/views/relation-labels.json), so no diagram shows a raw name', () => {
    const { labels } = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/views/relation-labels.json'), 'utf8')) as { labels: Record<string, { vi?: string; en?: string }> };
    for (const name of new Set(RELATIONS.flatMap((r) => [r.relation, r.inverse]))) {
      expect(labels[name]?.vi, name).toBeTruthy();
      expect(labels[name]?.en, name).toBeTruthy();
    }
  });
});
