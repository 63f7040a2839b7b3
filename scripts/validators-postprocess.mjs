/**
 * Rewrites of ajv's standalone code, applied by build-validators.mjs. Each keeps every result and every
 * error object exactly as ajv's own code gives them, and only makes the common case (a valid value) cheaper:
 *  - string lengths: ajv counts code points (ucs2length walks the string) for every minLength and
 *    maxLength; a string of n UTF-16 units has between n/2 and n code points, so the rewrite compares
 *    str.length first and counts only when that cannot decide (a string longer than a maximum, or shorter
 *    than twice a minimum);
 *  - element dispatch: the element schema is one `if kind = K then $ref K` pair per kind, and ajv's code
 *    evaluates every `if` for every element; the rewrite first calls the validator of the element's own kind
 *    and returns when it passes, and otherwise runs ajv's code unchanged, so every error is ajv's.
 * A rewrite checks that ajv's code has the shape it expects and throws otherwise: an ajv upgrade or a new
 * shape of the element schema must be looked at, never mis-rewritten.
 */

const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/** Guards each generated `count(x) > max` / `count(x) < min` with the str.length test that implies its answer. */
export function rewriteStringLength(code) {
  const decl = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code);
  if (!decl) {
    if (code.includes(UCS2LENGTH)) throw new Error('validators-postprocess: unexpected use of ajv ucs2length');
    return code;
  }
  const name = decl[1];
  const uses = code.split(`${name}(`).length - 1;
  let rewritten = 0;
  const out = code.replace(new RegExp(`${name}\\((\\w+)\\) ([<>]) (\\d+)\\)`, 'g'), (_m, str, op, n) => {
    rewritten++;
    const decides = op === '>' ? `${str}.length > ${n}` : `${str}.length < ${2 * Number(n)}`;
    return `${decides} && ${name}(${str}) ${op} ${n})`;
  });
  if (rewritten !== uses) throw new Error('validators-postprocess: unexpected use of ajv ucs2length');
  return out;
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

/**
 * Puts a small function under the generated element validator's name that calls the element's kind validator
 * and returns when it passes, and otherwise calls ajv's code, kept whole under another name (it still reports
 * through the original name's `errors` and `evaluated`). Small, the hot function is optimised quickly.
 */
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
  const full = `${name}_all`;
  const end = code.indexOf(`${name}.evaluated = `, start);
  const body = code.slice(start, end);
  const kindOrder = [...body.matchAll(/if\("([^"]+)" !== data\.kind\)\{/g)].map((m) => m[1]);
  const calls = [...body.matchAll(/if\(!\((validate\d+)\(data, \{instancePath,parentData,parentDataProperty,rootData,dynamicAnchors\}\)\)\)\{/g)].map((m) => m[1]);
  const expected = pairs.map(([, ref]) => validatorOf(code, ref));
  const shapeOk = body.startsWith(`function ${name}${HEAD}`) && body.endsWith(`${name}.errors = vErrors;evaluated0.props = props0;return errors === 0;}`)
    && JSON.stringify(kindOrder) === JSON.stringify(pairs.map(([k]) => k)) && JSON.stringify(calls) === JSON.stringify(expected) && !code.includes(full);
  if (!shapeOk) throw new Error('validators-postprocess: the element validator does not have the expected shape');
  const cases = pairs.map(([kind], i) => `case ${JSON.stringify(kind)}: ok = ${expected[i]}(data, ${ARGS}); break;`).join('');
  const fast = `if(data && typeof data == "object" && !Array.isArray(data) && data.kind !== undefined && Object.prototype.hasOwnProperty.call(data, "kind")){let ok = false;switch(data.kind){${cases}}if(ok){${name}.errors = null;${name}.evaluated.props = true;return true;}}`;
  const dispatcher = `function ${name}${HEAD}${fast}return ${full}(data, ${ARGS});}`;
  return `${code.slice(0, start)}${dispatcher}function ${full}${code.slice(start + `function ${name}`.length)}`;
}
