/**
 * Rewrites of ajv's standalone code, applied by build-validators.mjs. Each keeps every result and every
 * error object exactly as ajv's own code gives them, and only makes the common case (a valid value) cheaper:
 *  - string lengths: ajv's runtime ucs2length walks every string to count code points (for minLength and
 *    maxLength); the rewrite answers str.length when the string holds no high surrogate — the only case in
 *    which the two counts differ — and leaves the walk to ajv otherwise;
 *  - element dispatch: the element schema is one `if kind = K then $ref K` pair per kind, and ajv's code
 *    evaluates every `if` for every element; the rewrite first calls the validator of the element's own kind
 *    and returns when it passes, and otherwise runs ajv's code unchanged, so every error is ajv's.
 * A rewrite checks that ajv's code has the shape it expects and throws otherwise: an ajv upgrade or a new
 * shape of the element schema must be looked at, never mis-rewritten.
 */

const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/** ajv's code-point counter `count`, answered without the walk for strings without a high surrogate. */
export function codePointLength(count) {
  const highSurrogate = /[\uD800-\uDBFF]/;
  return (str) => (highSurrogate.test(str) ? count(str) : str.length);
}

/** Makes the generated `ucs2length` skip strings that cannot hold a surrogate pair. */
export function rewriteStringLength(code) {
  const uses = code.split(UCS2LENGTH).length - 1;
  if (uses === 0) return code;
  const decl = new RegExp(`const (func\\d+) = ${UCS2LENGTH.replace(/[.()]/g, '\\$&')};`);
  if (uses !== 1 || !decl.test(code)) throw new Error('validators-postprocess: unexpected use of ajv ucs2length');
  return code.replace(decl, (_m, name) => `const ${name} = (${codePointLength.toString()})(${UCS2LENGTH});`);
}

/** [kind, $ref] of each `if kind = K then $ref` pair of the element schema, or an error if it has another shape. */
export function kindDispatch(elementSchema) {
  const pairs = (elementSchema.allOf ?? []).map((s) => {
    const cond = s.if;
    const kind = cond?.properties?.kind?.const;
    const exact = cond && Object.keys(s).join() === 'if,then' && Object.keys(s.then).join() === '$ref' && JSON.stringify(cond) === JSON.stringify({ type: 'object', properties: { kind: { const: kind } }, required: ['kind'] });
    if (!exact || typeof kind !== 'string') throw new Error('validators-postprocess: the element schema is not one `if kind … then $ref` pair per kind');
    return [kind, s.then.$ref];
  });
  if (pairs.length === 0 || new Set(pairs.map(([k]) => k)).size !== pairs.length) throw new Error('validators-postprocess: the element schema has no or repeated kinds');
  return pairs;
}

const HEAD = '(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){';
const ARGS = '{instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}';

/** The name of the generated function that validates the schema with this $id (by its sourceURL comment). */
function validatorOf(code, id) {
  const tail = `${HEAD}/*# sourceURL=${JSON.stringify(id)} */`;
  const names = [...code.matchAll(/function (validate\d+)/g)].filter((m) => code.startsWith(tail, m.index + m[0].length)).map((m) => m[1]);
  if (names.length !== 1) throw new Error(`validators-postprocess: no single validator for ${id}`);
  return names[0];
}

/** Prefixes the generated element validator with a direct call of the element's kind validator. */
export function rewriteKindDispatch(code, elementSchema) {
  const pairs = kindDispatch(elementSchema);
  // The element validator is the one function holding the `if` error of every pair, in order.
  const ifErrors = pairs.map((_p, i) => `schemaPath:"#/allOf/${i}/if",keyword:"if"`);
  const fns = [...code.matchAll(/function (validate\d+)\(data, /g)].map((m) => ({ name: m[1], start: m.index }));
  const found = fns.filter((f, i) => {
    const body = code.slice(f.start, fns[i + 1]?.start ?? code.length);
    return ifErrors.every((e) => body.split(e).length === 2) && !body.includes(`"#/allOf/${pairs.length}/if"`);
  });
  if (found.length !== 1) throw new Error('validators-postprocess: no single element validator');
  const { name, start } = found[0];
  const end = code.indexOf(`${name}.evaluated = `, start);
  const body = code.slice(start, end);
  const kindOrder = [...body.matchAll(/if\("([^"]+)" !== data\.kind\)\{/g)].map((m) => m[1]);
  const calls = [...body.matchAll(/if\(!\((validate\d+)\(data, \{instancePath,parentData,parentDataProperty,rootData,dynamicAnchors\}\)\)\)\{/g)].map((m) => m[1]);
  const expected = pairs.map(([, ref]) => validatorOf(code, ref));
  const shapeOk = body.startsWith(`function ${name}${HEAD}`) && body.endsWith(`${name}.errors = vErrors;evaluated0.props = props0;return errors === 0;}`)
    && JSON.stringify(kindOrder) === JSON.stringify(pairs.map(([k]) => k)) && JSON.stringify(calls) === JSON.stringify(expected);
  if (!shapeOk) throw new Error('validators-postprocess: the element validator does not have the expected shape');
  const cases = pairs.map(([kind], i) => `case ${JSON.stringify(kind)}: ok = ${expected[i]}(data, ${ARGS}); break;`).join('');
  const fast = `if(data && typeof data == "object" && !Array.isArray(data) && data.kind !== undefined && Object.prototype.hasOwnProperty.call(data, "kind")){let ok = false;switch(data.kind){${cases}}if(ok){${name}.errors = null;${name}.evaluated.props = true;return true;}}`;
  const at = start + `function ${name}${HEAD}`.length;
  return code.slice(0, at) + fast + code.slice(at);
}
