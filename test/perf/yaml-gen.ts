/**
 * fast-check arbitraries producing YAML texts for the fast-path ≡ precise-path property test:
 * random data trees emitted with random styles (block/flow collections; plain, quoted, escaped, block
 * scalars), tricky scalars (core-schema look-alikes, YAML 1.1 words, indicators, unicode, control and
 * bidi characters, forbidden keys), then optionally damaged by inserting or deleting characters.
 */
import fc from 'fast-check';

const TRICKY = [
  '', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '-0', '+0', '010', '0o17', '0o8', '0x1F', '0X1F', '0b101', '1_000', '1e3', '1E+3', '-1.5', '.5', '+12', '1.', '1.10', '.e3',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '9007199254740993', '9007199254740991', '-9007199254740992', '1e400', '12:30', '2024-12-31',
  'a: b', 'a #b', 'a#b', '#x', '- x', '-x', '[x]', '{x}', 'x]', '&a', '*a', '!t', '!!str', '%x', '@x', '`x`', '"q"', "'q'", '|', '>', '? x', '?x',
  'x\ty', 'tiếng Việt có dấu', 'Hệ thống: quản lý', 'a\nb', 'a\n\nb', ' lead', 'trail ', 'x\u202Ey', 'x\u200By', 'x\u0085y', 'x\u2028y', 'x\u0007y', 'x\u001by',
  '<<', '__proto__', 'constructor', 'prototype', 'toString', 'x:y', 'http://a.b/c?d=e#f', '---', '...', '- - x', 'a, b', 'national:ndxp', '1: 2',
];

export const scalarArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/) },
  { weight: 2, arbitrary: fc.constantFrom('Hệ thống thông tin', 'Cơ sở dữ liệu quốc gia', 'Bộ Y tế', 'national:vneid', 'std:tt39-1.1-http-1.1', '3', '1.0', 'x y z') },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
);

/** Scalars as architecture files have them: ids, names, numbers, booleans, YAML 1.1 words, multi-line text. */
export const friendlyScalarArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/) },
  { weight: 2, arbitrary: fc.constantFrom('Hệ thống thông tin', 'Cơ sở dữ liệu, quốc gia', 'Bộ Y tế (BYT)', 'national:vneid', 'C# và F#', 'a:b', 'x/y.z', 'ARM001.002') },
  { weight: 2, arbitrary: fc.constantFrom('3', '-2', '1.0', '1.10', '010', '0o17', '0x1F', '1e3', '.5', 'true', 'False', 'yes', 'no', '~', 'null', '1_000', '12:30', '2024-12-31') },
  { weight: 1, arbitrary: fc.constantFrom('dòng một\ndòng hai', 'a\n\nb', 'x\n  y', 'it\'s', 'say "hi"', 'trail ', '') },
);

type Tree = string | Tree[] | [string, Tree][] | { map: [string, Tree][] };

const treeOf = (scalars: fc.Arbitrary<string>, keys: fc.Arbitrary<string> = scalars): fc.Arbitrary<Tree> =>
  fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: scalars },
      { weight: 1, arbitrary: fc.array(tie('tree'), { maxLength: 4 }) },
      { weight: 2, arbitrary: fc.array(fc.tuple(keys, tie('tree')), { maxLength: 5 }).map((map) => ({ map })) },
    ),
  })).tree;

export interface Style {
  indent: number;
  flowBias: number;
  quoteBias: number;
  crlf: boolean;
  header: boolean;
  comments: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(1, 2, 4),
  flowBias: fc.double({ min: 0, max: 1, noNaN: true }),
  quoteBias: fc.double({ min: 0, max: 1, noNaN: true }),
  crlf: fc.boolean(),
  header: fc.boolean(),
  comments: fc.boolean(),
});

/** Emits with choices drawn from `pick` (a seeded stream), so the same inputs give the same text. */
function emit(tree: Tree, style: Style, pick: () => number): string {
  const single = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const double = (s: string) => JSON.stringify(s);
  const scalar = (s: string, inFlow: boolean, indent: string): string => {
    const r = pick();
    if (r < style.quoteBias * 0.5) return double(s);
    if (r < style.quoteBias) return single(s);
    if (s.includes('\n') && r > 0.9 && !inFlow) return `|-\n${s.split('\n').map((l) => `${indent}${l}`).join('\n')}`;
    return s; // plain, even when that is not valid YAML: both parsers must agree
  };
  const flow = (t: Tree): string => {
    if (typeof t === 'string') return scalar(t, true, '');
    if (Array.isArray(t)) return `[${t.map((x) => flow(x as Tree)).join(', ')}]`;
    return `{${t.map.map(([k, v]) => `${scalar(k, true, '')}: ${flow(v)}`).join(', ')}}`;
  };
  const block = (t: Tree, depth: number, lines: string[], prefix: string): void => {
    const ind = ' '.repeat((depth + 1) * style.indent);
    if (typeof t === 'string' || pick() < style.flowBias || (Array.isArray(t) ? t.length === 0 : t.map.length === 0)) {
      lines.push(`${prefix}${typeof t === 'string' ? scalar(t, false, ind) : flow(t)}${style.comments && pick() < 0.2 ? ' # note' : ''}`);
      return;
    }
    if (prefix.trim() !== '') lines.push(prefix.trimEnd());
    if (Array.isArray(t)) for (const x of t) block(x as Tree, depth + 1, lines, `${ind}- `);
    else for (const [k, v] of t.map) block(v, depth + 1, lines, `${ind}${scalar(k, false, ind)}: `);
  };
  const lines: string[] = style.header ? ['---'] : [];
  if (style.comments) lines.push('# comment');
  if (typeof tree !== 'string' && !Array.isArray(tree)) {
    for (const [k, v] of tree.map) block(v, 0, lines, `${scalar(k, false, '')}: `);
    if (tree.map.length === 0) lines.push('{}');
  } else lines.push(flow(tree));
  return lines.join(style.crlf ? '\r\n' : '\n') + '\n';
}

const DAMAGE = [' ', '\t', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '?', '|', '>', '%', '\\', '\r', '\u00a0', '\ufeff'];

/** The text of a tree, in a style, sometimes damaged. */
const textOf = (trees: fc.Arbitrary<Tree>, style: fc.Arbitrary<Style>): fc.Arbitrary<string> => fc
  .tuple(
    trees,
    style,
    fc.array(fc.integer({ min: 0, max: 1 << 30 }), { minLength: 64, maxLength: 64 }),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom(...DAMAGE), fc.boolean()), { freq: 3 }),
  )
  .map(([tree, style, noise, damage]) => {
    let i = 0;
    const pick = () => (noise[i++ % noise.length]! % 1000) / 1000;
    let text = emit(tree, style, pick);
    if (damage) {
      const [at, ch, insert] = damage;
      const p = at % (text.length + 1);
      text = insert ? text.slice(0, p) + ch + text.slice(p) : text.slice(0, p) + text.slice(p + 1);
    }
    return text;
  });

/** A YAML text made of `scalars`: a mapping at the top (like our files), sometimes damaged. */
export const yamlTextOf = (scalars: fc.Arbitrary<string>, style: fc.Arbitrary<Style> = styleArb): fc.Arbitrary<string> =>
  textOf(fc.array(fc.tuple(scalars, treeOf(scalars)), { minLength: 1, maxLength: 6 }).map((map): Tree => ({ map })), style);

export const yamlTextArb = yamlTextOf(scalarArb);
const friendlyStyleArb: fc.Arbitrary<Style> = fc.record({ indent: fc.constant(2), flowBias: fc.double({ min: 0, max: 0.4, noNaN: true }), quoteBias: fc.double({ min: 0, max: 0.3, noNaN: true }), crlf: fc.constant(false), header: fc.constant(false), comments: fc.boolean() });
/** Architecture-like texts: friendly scalars, two-space indentation, LF, few quotes. */
export const friendlyYamlTextArb = yamlTextOf(friendlyScalarArb, friendlyStyleArb);

/** The shape of an element file: a top-level `elements` sequence of mappings (now and then something else), other keys beside it. */
export const elementFileTextOf = (scalars: fc.Arbitrary<string>, style: fc.Arbitrary<Style>): fc.Arbitrary<string> => {
  // Field names as element files have them (camelCase; the style quotes some).
  const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/);
  const item = fc.oneof(
    { weight: 6, arbitrary: fc.uniqueArray(fc.tuple(key, treeOf(scalars, key)), { maxLength: 6, selector: ([k]) => k }).map((map): Tree => ({ map })) },
    { weight: 1, arbitrary: treeOf(scalars, key) },
  );
  const other = fc.array(fc.tuple(key, treeOf(scalars, key)), { maxLength: 2 });
  return textOf(fc.tuple(fc.array(item, { maxLength: 5 }), other).map(([items, rest]): Tree => ({ map: [['elements', items], ...rest] })), style);
};
export const elementFileTextArb = fc.oneof({ weight: 3, arbitrary: elementFileTextOf(friendlyScalarArb, friendlyStyleArb) }, { weight: 1, arbitrary: elementFileTextOf(scalarArb, styleArb) });
