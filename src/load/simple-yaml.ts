/**
 * The fastest tier of the loader: a line-based reader for the plain subset of YAML that architecture files
 * are written in — block mappings and sequences (compact `- key: value` items included), single-line plain,
 * single- and double-quoted scalars (no escapes), one-line flow sequences/mappings of scalars, literal and
 * folded block scalars, comments. It answers `undefined` for anything else (another indentation style,
 * multi-line plain or quoted scalars, escapes, anchors, tags, `---`, CR…), and the next tier (js-yaml
 * events) or the precise parser reads the file instead. Keys, numbers and strings follow the same rules
 * as the other tiers (see fast-parse.ts); test/perf checks it against `parseYamlSafe` on generated YAML.
 * Preconditions (checked by the caller): no tab, no CR, no control or bidi character, no `?`/`%` lines.
 */
import { LIMITS } from './limits.js';

export class GiveUp {
  constructor(readonly reason: string) {}
}

// YAML 1.2 core schema exactly as `yaml` 2.9 resolves plain scalars, in its order (null, bool, int 0o/dec/0x, float).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters that can start a non-string plain scalar; anything else is a string without a regex test. */
const MAYBE_TYPED = /^[-+.~0-9nNtTfF]/;

/** Resolves a plain scalar like `yaml`'s core schema; gives up on non-finite numbers and unsafe integers. */
export function resolvePlain(s: string): unknown {
  if (s === '') return null;
  if (!MAYBE_TYPED.test(s)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  let n: number;
  if (INT_OCT.test(s)) n = parseInt(s.substring(2), 8);
  else if (INT.test(s)) n = parseInt(s, 10);
  else if (INT_HEX.test(s)) n = parseInt(s.substring(2), 16);
  else if (FLOAT_NAN.test(s)) throw new GiveUp('non-finite number');
  else if (FLOAT_EXP.test(s) || FLOAT.test(s)) {
    n = parseFloat(s);
    if (!Number.isFinite(n)) throw new GiveUp('non-finite number');
    return n;
  } else return s;
  if (!Number.isSafeInteger(n)) throw new GiveUp('unsafe integer');
  return n;
}

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
const MAX_DEPTH = LIMITS.maxDepth - 4;
const MAX_ENTRIES = LIMITS.maxEntriesPerCollection >> 1;

const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/;
/** Characters that may not start a plain scalar here (indicators; `-` only before a digit). */
const BAD_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![0-9]))/;

interface Frame {
  indent: number;
  map?: Record<string, unknown>;
  seq?: unknown[];
  seen?: Set<string>;
  /** A key whose value starts on the next lines. */
  pending?: string;
  entries: number;
}

function checkLength(s: string): string {
  if (s.length > LIMITS.maxScalarChars) throw new GiveUp('long scalar');
  return s;
}

/** Trims spaces only: YAML white space is space and tab, whereas String#trim also removes NBSP, U+2000… */
function trimSpaces(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) === 32) a++;
  while (b > a && raw.charCodeAt(b - 1) === 32) b--;
  return a === 0 && b === raw.length ? raw : raw.slice(a, b);
}

/** A plain scalar, trimmed of spaces; gives up on anything a plain scalar cannot be. */
function plain(raw: string, flow: boolean): unknown {
  const s = trimSpaces(raw);
  if (s === '') {
    if (flow) throw new GiveUp('empty flow entry');
    return null;
  }
  if (BAD_START.test(s) || s.endsWith(':') || s.includes(': ') || s.includes(' #')) throw new GiveUp('plain scalar');
  if (flow && /[[\]{},]|:(?=[,\]}])/.test(s)) throw new GiveUp('flow plain scalar');
  return resolvePlain(checkLength(s));
}

/** Reads a quoted scalar starting at `i` (the quote); returns the value and the index after the closing quote. */
function quoted(line: string, i: number): [string, number] {
  const q = line[i];
  if (q === '"') {
    const end = line.indexOf('"', i + 1);
    if (end === -1) throw new GiveUp('multi-line quoted');
    const s = line.slice(i + 1, end);
    if (s.includes('\\')) throw new GiveUp('escape');
    return [checkLength(s), end + 1];
  }
  let out = '';
  let j = i + 1;
  for (;;) {
    const end = line.indexOf("'", j);
    if (end === -1) throw new GiveUp('multi-line quoted');
    out += line.slice(j, end);
    if (line[end + 1] === "'") {
      out += "'";
      j = end + 2;
    } else return [checkLength(out), end + 1];
  }
}

/** After a value: only spaces, then nothing or a ` #` comment. */
function rest(line: string, i: number): void {
  let j = i;
  while (line.charCodeAt(j) === 32) j++;
  if (j < line.length && !(line[j] === '#' && j > i)) throw new GiveUp('text after value');
}

/** A one-line flow sequence or mapping of scalars starting at `i`; returns the value and the index after it. */
function flow(line: string, i: number): [unknown, number] {
  const isMap = line[i] === '{';
  const close = isMap ? '}' : ']';
  const seq: unknown[] = [];
  const map: Record<string, unknown> = {};
  const seen = new Set<string>();
  let j = i + 1;
  const skip = () => {
    while (line.charCodeAt(j) === 32) j++;
  };
  const scalar = (stops: string): unknown => {
    skip();
    const c = line[j];
    if (c === '"' || c === "'") {
      const [v, next] = quoted(line, j);
      j = next;
      return v;
    }
    if (c === '[' || c === '{') throw new GiveUp('nested flow');
    let end = j;
    while (end < line.length && !stops.includes(line[end]!)) end++;
    const v = plain(line.slice(j, end), true);
    j = end;
    return v;
  };
  skip();
  if (line[j] === close) return [isMap ? map : seq, j + 1];
  for (;;) {
    if (isMap) {
      skip();
      let key: string;
      if (line[j] === '"' || line[j] === "'") [key, j] = quoted(line, j);
      else {
        let end = j;
        while (end < line.length && line[end] !== ':' && line[end] !== ',' && line[end] !== '}') end++;
        key = line.slice(j, end);
        if (!KEY.test(key)) throw new GiveUp('flow key');
        j = end;
      }
      if (line[j] !== ':' || line[j + 1] !== ' ') throw new GiveUp('flow pair');
      j += 2;
      addKey(key, seen);
      map[key] = scalar(',}');
    } else seq.push(scalar(',]'));
    if (seq.length + seen.size > MAX_ENTRIES) throw new GiveUp('many entries');
    skip();
    if (line[j] === ',') {
      j++;
      skip();
      if (line[j] === close) throw new GiveUp('trailing comma');
      continue;
    }
    if (line[j] === close) return [isMap ? map : seq, j + 1];
    throw new GiveUp('flow syntax');
  }
}

function addKey(key: string, seen: Set<string>): void {
  if (key === '' || key.length > 1000 || FORBIDDEN_KEYS.has(key)) throw new GiveUp('empty, long, forbidden or merge key');
  if (seen.has(key)) throw new GiveUp('duplicate key');
  seen.add(key);
}

/** Parses the text, or gives up (throws GiveUp). */
export function parseSimpleYaml(text: string): Record<string, unknown> {
  const stack: Frame[] = [];
  let root: Record<string, unknown> | undefined;
  let pos = 0;
  const n = text.length;
  let line = '';
  let indent = 0;
  /** Moves to the next line; false at the end. */
  const next = (): boolean => {
    if (pos >= n) return false;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    line = text.slice(pos, end);
    pos = end + 1;
    indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    return true;
  };
  const put = (f: Frame, key: string | undefined, value: unknown): void => {
    if (++f.entries > MAX_ENTRIES) throw new GiveUp('many entries');
    if (f.map) f.map[key!] = value;
    else f.seq!.push(value);
  };
  const open = (kind: 'map' | 'seq', at: number): Frame => {
    if (stack.length + 1 > MAX_DEPTH) throw new GiveUp('deep');
    const f: Frame = kind === 'map' ? { indent: at, map: {}, seen: new Set(), entries: 0 } : { indent: at, seq: [], entries: 0 };
    stack.push(f);
    return f;
  };
  /** A value after `key: ` or `- ` at column `i` of the current line, for frame `f` (key undefined for seq). */
  const value = (f: Frame, key: string | undefined, i: number): void => {
    const c = line[i];
    if (i >= line.length || c === '#') {
      if (c === '#' && line[i - 1] !== ' ') throw new GiveUp('comment');
      f.pending = key ?? '';
      return;
    }
    if (c === '"' || c === "'") {
      const [v, end] = quoted(line, i);
      rest(line, end);
      return put(f, key, v);
    }
    if (c === '[' || c === '{') {
      const [v, end] = flow(line, i);
      rest(line, end);
      return put(f, key, v);
    }
    if (c === '|' || c === '>') return put(f, key, blockScalar(f.indent, line.slice(i)));
    const hash = line.indexOf(' #', i);
    put(f, key, plain(hash === -1 ? line.slice(i) : line.slice(i, hash), false));
  };
  /** Reads the lines of a block scalar whose header is `header`, indented more than `parent`. */
  const blockScalar = (parent: number, header: string): string => {
    const m = /^([|>])([-+]?)(?: +#.*)?$/.exec(trimSpaces(header));
    if (!m) throw new GiveUp('block scalar header');
    const lines: string[] = [];
    let contentIndent = -1;
    while (pos < n) {
      let end = text.indexOf('\n', pos);
      if (end === -1) end = n;
      if (end === n) throw new GiveUp('block scalar at the end of a file without a final newline');
      const l = text.slice(pos, end);
      let ind = 0;
      while (l.charCodeAt(ind) === 32) ind++;
      if (ind === l.length) {
        if (l.length > 0 || contentIndent === -1) throw new GiveUp('blank line in block scalar');
        lines.push('');
      } else {
        if (contentIndent === -1) {
          if (ind <= parent) break;
          contentIndent = ind;
        } else if (ind < contentIndent) break;
        if (m[1] === '>' && ind > contentIndent) throw new GiveUp('more-indented folded line');
        lines.push(l.slice(contentIndent));
      }
      pos = end + 1;
    }
    if (contentIndent === -1) throw new GiveUp('empty block scalar');
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    let body: string;
    if (m[1] === '|') body = lines.join('\n');
    else {
      body = lines[0]!;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') {
          let e = 0;
          while (lines[k] === '') {
            e++;
            k++;
          }
          body += '\n'.repeat(e) + lines[k];
        } else body += ' ' + lines[k];
      }
    }
    const chomped = m[2] === '-' ? body : m[2] === '+' ? body + '\n'.repeat(trailing + 1) : body + '\n';
    return checkLength(chomped);
  };
  /** A `key: …` entry starting at column `i` of the current line, in map frame `f`. */
  const entry = (f: Frame, i: number): void => {
    let key: string;
    let j: number;
    if (line[i] === '"' || line[i] === "'") [key, j] = quoted(line, i);
    else {
      j = line.indexOf(':', i);
      if (j === -1) throw new GiveUp('not a key');
      key = line.slice(i, j);
      if (!KEY.test(key)) throw new GiveUp('key');
    }
    if (line[j] !== ':' || (j + 1 < line.length && line[j + 1] !== ' ')) throw new GiveUp('key without ": "');
    addKey(key, f.seen!);
    let k = j + 1;
    while (line.charCodeAt(k) === 32) k++;
    value(f, key, k);
  };

  while (next()) {
    if (indent === line.length || line[indent] === '#') {
      if (indent > 0 && indent === line.length) throw new GiveUp('whitespace-only line');
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) close();
    let top = stack[stack.length - 1];
    const isItem = line[indent] === '-' && (line[indent + 1] === ' ' || indent + 1 === line.length);
    if (!top) {
      if (root || indent !== 0 || isItem) throw new GiveUp('top level');
      top = open('map', 0);
      root = top.map;
    } else if (top.pending !== undefined && indent === top.indent) {
      // `key:` (or `-`) followed by a sibling: the value is null. `key:` followed by `- …` at the same
      // indentation is a sequence value in YAML: left to the other tiers.
      if (top.map && isItem) throw new GiveUp('same-indent sequence value');
      put(top, top.map ? top.pending : undefined, null);
      top.pending = undefined;
    } else if (top.pending !== undefined) {
      const key = top.pending;
      top.pending = undefined;
      const child = open(isItem ? 'seq' : 'map', indent);
      put(top, key, child.map ?? child.seq);
      top = child;
    } else if (indent !== top.indent) throw new GiveUp('indentation');
    if (isItem !== Boolean(top.seq)) throw new GiveUp('mixed collection');
    if (!isItem) {
      entry(top, indent);
      continue;
    }
    // `- value`, `-` (value on the next lines) or `- key: value` (a compact mapping).
    let i = indent + 1;
    while (line.charCodeAt(i) === 32) i++;
    const c = line[i];
    if (i < line.length && c !== '"' && c !== "'" && c !== '[' && c !== '{' && c !== '|' && c !== '>' && c !== '#' && /^[^:]*: |^[^:]*:$/.test(line.slice(i))) {
      if (c === '-') throw new GiveUp('nested compact sequence');
      const m = open('map', i);
      put(top, undefined, m.map);
      entry(m, i);
    } else value(top, undefined, i);
  }
  function close(): void {
    const f = stack.pop()!;
    if (f.pending !== undefined) put(f, f.pending === '' && f.seq ? undefined : f.pending, null);
  }
  while (stack.length > 0) close();
  if (!root) throw new GiveUp('empty');
  return root;
}
