import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { kindDispatch, rewriteKindDispatch, rewriteStringLength } from '../../scripts/validators-postprocess.mjs';
import { readSchema } from '../../src/schema/registry.js';

const require = createRequire(import.meta.url);
const DECL = 'const func5 = require("ajv/dist/runtime/ucs2length").default;';
const LIMITS = [0, 1, 2, 3, 5, 10];
/** Generated-style code: every maxLength and minLength test of `data0` against LIMITS, as ajv writes them. */
const CHECKS = `${DECL}return (data0) => [${LIMITS.map((n) => `(func5(data0) > ${n}), (func5(data0) < ${n})`).join(', ')}];`;
const compile = (code: string) => new Function('require', code)(require) as (data0: string) => boolean[];

describe('validators post-processing', () => {
  it('decides minLength and maxLength exactly as ajv does, surrogates included', () => {
    const plain = compile(CHECKS);
    const rewritten = rewriteStringLength(CHECKS);
    const fast = compile(rewritten);
    const pieces = ['', 'a', 'Đường', '😀', '\uD83D', '\uDE00', '\uDE00\uD83D', 'x\uD83D', '\uD83D\uD83D\uDE00', '𝒳𝒴', '\uDBFF\uDFFF', '\uFFFF'];
    const strings = pieces.flatMap((a) => pieces.flatMap((b) => [a + b, a + b + a, b.repeat(3) + a]));
    for (const s of strings) expect(fast(s), JSON.stringify(s)).toEqual(plain(s));
    expect(rewritten).toContain('(data0.length > 5 && func5(data0) > 5)');
    expect(rewritten).toContain('(data0.length < 20 && func5(data0) < 10)');
  });

  it('rewrites nothing without ucs2length and refuses uses it does not know', () => {
    expect(rewriteStringLength('const a = 1;')).toBe('const a = 1;');
    expect(() => rewriteStringLength(`${DECL}x = func5(data0) + 1;`)).toThrow(/unexpected use/);
  });

  it('reads the kind dispatch of the element schema and refuses other shapes', () => {
    const element = readSchema('elements.schema.json').$defs.element;
    const pairs = kindDispatch(element);
    expect(pairs.map(([k]) => k)).toEqual(element.properties.kind.enum);
    expect(pairs[0]).toEqual(['org-unit', 'https://arch.vn/schemas/v1/kinds/org-unit.schema.json']);
    const loose = structuredClone(element);
    delete loose.allOf[3].if.type;
    expect(() => kindDispatch(loose)).toThrow(/not one `if kind/);
    const extra = structuredClone(element);
    extra.allOf[0].else = false;
    expect(() => kindDispatch(extra)).toThrow(/not one `if kind/);
    expect(() => kindDispatch({ allOf: [] })).toThrow(/no or repeated kinds/);
  });

  it('refuses generated code without the expected element validator', () => {
    const element = readSchema('elements.schema.json').$defs.element;
    expect(() => rewriteKindDispatch('function validate1(data, {}){}', element)).toThrow(/no single element validator/);
  });
});
