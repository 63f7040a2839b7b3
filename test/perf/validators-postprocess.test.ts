import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { describe, expect, it } from 'vitest';
import { codePointLength, kindDispatch, rewriteKindDispatch, rewriteStringLength } from '../../scripts/validators-postprocess.mjs';
import { readSchema } from '../../src/schema/registry.js';

const ajvCount = (ucs2length as unknown as { default?: (s: string) => number }).default ?? (ucs2length as unknown as (s: string) => number);

describe('validators post-processing', () => {
  it('counts code points exactly as ajv does, surrogates included', () => {
    const fast = codePointLength(ajvCount);
    const pieces = ['', 'a', 'Đường', 'tiếng Việt', '😀', '\uD83D', '\uDE00', '\uDE00\uD83D', 'x\uD83D', '\uD83Dx', '\uD83D\uD83D\uDE00', '𝒳𝒴', '\u{10FFFF}', '\uDBFF\uDFFF', '\uD800\uDC00', '\uFFFF'];
    const strings = pieces.flatMap((a) => pieces.map((b) => a + b));
    for (const s of strings) expect(fast(s), JSON.stringify(s)).toBe(ajvCount(s));
    expect(fast('😀😀x')).toBe(3);
    expect(fast('\uD83D')).toBe(1);
  });

  it('rewrites only the one ucs2length declaration', () => {
    const decl = 'const func9 = require("ajv/dist/runtime/ucs2length").default;';
    expect(rewriteStringLength('const a = 1;')).toBe('const a = 1;');
    expect(rewriteStringLength(`${decl}f(func9(x));`)).toMatch(/^const func9 = \(function codePointLength\(count\) \{[\s\S]*\}\)\(require\("ajv\/dist\/runtime\/ucs2length"\)\.default\);f\(func9\(x\)\);$/);
    expect(() => rewriteStringLength(`${decl}${decl}`)).toThrow(/unexpected use/);
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
