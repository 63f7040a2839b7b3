/**
 * The element types are generated from the schemas (scripts/generate-types.mjs): a field a kind does not
 * have is a type error. `npm test` type-checks this file first, so each `@ts-expect-error` below fails the
 * run if the generated types ever stop catching the mistake it marks.
 */
import { describe, expect, it } from 'vitest';
import { ofKind, type Element, type ElementOf } from '../../src/model/types.js';

describe('generated element types', () => {
  it('narrow on kind and reject fields of other kinds', () => {
    const sys: ElementOf<'information-system'> = { kind: 'information-system', id: 's', name: { vi: 'S' }, status: 'current', owner: 'u', securityLevel: 3 };
    const level: number | undefined = sys.securityLevel;
    // @ts-expect-error `delivers` is a project's field, not an information system's
    void sys.delivers;
    // @ts-expect-error securityLevel is a number in the schema
    const wrong: ElementOf<'information-system'> = { ...sys, securityLevel: 'three' };
    void wrong;
    const e = sys as Element;
    // @ts-expect-error a field that only some kinds have needs the kind first
    void e.securityLevel;
    if (e.kind === 'information-system') expect(e.securityLevel).toBe(level);
    expect(ofKind(e, 'information-system')?.owner).toBe('u');
    expect(ofKind(e, 'project')).toBeUndefined();
  });
});
