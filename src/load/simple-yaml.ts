/**
 * The fastest tier of the loader: a line-based reader for the plain subset of YAML that architecture files
 * are written in — block mappings and sequences (compact `- key: value` items included), single-line plain,
 * single- and double-quoted scalars (no escapes), one-line flow sequences/mappings of scalars, literal and
 * folded block scalars, comments. It gives up (throws GiveUp) on anything else (another indentation style,
 * multi-line plain or quoted scalars, escapes, anchors, tags, `---`, CR…), and the next tier (js-yaml
 * events) or the precise parser reads the file instead. Keys, numbers and strings follow the same rules
 * as the other tiers (see fast-parse.ts); test/perf checks it against `parseYamlSafe` on generated YAML.
 * Preconditions (checked by the caller): no tab, no CR, no control or bidi character, no `?`/`%` lines.
 *
 * One pass over the text with charCodeAt and offsets: the only strings it makes are the keys and values
 * themselves. Every scan stays within the current line, so the time is linear in the text.
 */
import { ElementSpans } from './element-spans.js';
import { FAST_TIER, LIMITS } from './limits.js';

export class GiveUp {
  constructor(readonly reason: string) {}
}

// YAML 1.2 core schema exactly as `yaml` 2.9 resolves plain scalars, in its order (null, bool, int 0o/dec/0x, float).
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Resolves a plain scalar like `yaml`'s core schema; gives up on non-finite numbers and unsafe integers. */
export function resolvePlain(s: string): unknown {
  if (s === '') return null;
  switch (s.charCodeAt(0)) {
    case 0x7e: // ~
      return s.length === 1 ? null : s;
    case 0x6e: // n
    case 0x4e: // N
      return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 0x74: // t
    case 0x54: // T
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 0x66: // f
    case 0x46: // F
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
    case 0x2b: // + - . and digits: maybe a number
    case 0x2d:
    case 0x2e:
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
    case 0x36:
    case 0x37:
    case 0x38:
    case 0x39:
      return resolveNumber(s);
    default:
      return s;
  }
}

function resolveNumber(s: string): unknown {
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

const { maxDepth: MAX_DEPTH, maxEntries: MAX_ENTRIES } = FAST_TIER;

const SPACE = 0x20;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const GT = 0x3e;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const PIPE = 0x7c;
const RBRACE = 0x7d;

/** Whether a plain scalar may start with `c` followed by `next`: not an indicator; `-` only before a digit. */
function plainStart(c: number, next: number): boolean {
  switch (c) {
    case 0x3f: // ?
    case COLON:
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return false;
    case DASH:
      return next >= 0x30 && next <= 0x39;
    default:
      return true;
  }
}

/** A plain key: `[A-Za-z0-9_]` then `[A-Za-z0-9_.\-/]`. */
function isKeyChar(c: number, first: boolean): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) return true;
  return !first && (c === 0x2e || c === DASH || c === 0x2f);
}

/**
 * The last key seen per hash slot: a repeated key is the same string again rather than a new slice, which
 * spares an allocation and lets property stores skip interning it (about a third of the reader's time).
 */
const KEY_CACHE: string[] = new Array<string>(1024).fill('');

/** The plain key `text[i, j)`, whose characters hash to `h`. */
function keyString(text: string, i: number, j: number, h: number): string {
  const slot = h & 1023;
  const cached = KEY_CACHE[slot]!;
  if (cached.length === j - i && text.startsWith(cached, i)) return cached;
  const key = text.slice(i, j);
  KEY_CACHE[slot] = key;
  return key;
}

function checkLength(s: string): string {
  if (s.length > LIMITS.maxScalarChars) throw new GiveUp('long scalar');
  return s;
}

/** Checks a new key of `map`. */
function checkKey(key: string, map: Record<string, unknown>): void {
  if (FAST_TIER.leavesKey(key)) throw new GiveUp('empty, long, forbidden or merge key');
  if (Object.hasOwn(map, key)) throw new GiveUp('duplicate key');
}

class Frame {
  /** A key whose value starts on the next lines ('' in a sequence); null when none. */
  pending: string | null = null;
  /** Key span of `pending`, for the element spans. */
  pendingKeyStart = -1;
  pendingKeyEnd = -1;
  pendingQuoted = false;
  entries = 0;
  /** In a mapping that is an item of the top-level `elements` sequence: its index. */
  element = -1;
  /** This is the top-level `elements` sequence. */
  isElements = false;
  /** This sequence is the value of an element's field. */
  isFieldSequence = false;
  constructor(
    readonly indent: number,
    readonly map: Record<string, unknown> | null,
    readonly seq: unknown[] | null,
  ) {}

  put(key: string, value: unknown): void {
    if (++this.entries > MAX_ENTRIES) throw new GiveUp('many entries');
    if (this.map !== null) this.map[key] = value;
    else this.seq!.push(value);
  }
}

class Reader {
  private readonly stack: Frame[] = [];
  /** Start of the next line. */
  private pos = 0;
  /** End of the current line (the `\n` or the end of the text). */
  private eol = 0;
  /** Where the last quoted scalar or flow collection ended. */
  private after = 0;
  /** End of the text of the last plain scalar. */
  private plainEnd = 0;
  /** Span of the last scalar in a flow collection. */
  private flowStart = 0;
  private flowEnd = 0;
  /** The flow collection being read is an element field's sequence: record its items. */
  private flowItems = false;
  /** Span of the key being read, and whether it was quoted. */
  private keyStart = 0;
  private keyEnd = 0;
  private keyQuoted = false;
  readonly spans: ElementSpans;

  constructor(private readonly text: string) {
    this.spans = new ElementSpans(text);
  }

  read(): Record<string, unknown> {
    const { text, stack } = this;
    const n = text.length;
    let root: Record<string, unknown> | undefined;
    while (this.pos < n) {
      const start = this.pos;
      let eol = text.indexOf('\n', start);
      if (eol === -1) eol = n;
      this.eol = eol;
      this.pos = eol + 1;
      let at = start;
      while (at < eol && text.charCodeAt(at) === SPACE) at++;
      const indent = at - start;
      if (at === eol || text.charCodeAt(at) === HASH) {
        if (indent > 0 && at === eol) throw new GiveUp('whitespace-only line');
        continue;
      }
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) this.close();
      let top = stack[stack.length - 1];
      const isItem = text.charCodeAt(at) === DASH && (at + 1 === eol || text.charCodeAt(at + 1) === SPACE);
      if (top === undefined) {
        if (root || indent !== 0 || isItem) throw new GiveUp('top level');
        top = this.open(true, 0);
        root = top.map!;
      } else if (top.pending !== null && indent === top.indent) {
        // `key:` (or `-`) followed by a sibling: the value is null. `key:` followed by `- …` at the same
        // indentation is a sequence value in YAML: left to the other tiers.
        if (top.map && isItem) throw new GiveUp('same-indent sequence value');
        this.putPending(top, null, -1);
      } else if (top.pending !== null) {
        const child = this.open(!isItem, indent);
        if (top === stack[0] && top.pending === 'elements' && isItem) child.isElements = true;
        if (top.isElements && !isItem) this.startElement(top, child, at);
        if (top.element >= 0 && isItem) child.isFieldSequence = true;
        this.putPending(top, child.map ?? child.seq, at, isItem);
        top = child;
      } else if (indent !== top.indent) throw new GiveUp('indentation');
      if (isItem !== (top.seq !== null)) throw new GiveUp('mixed collection');
      if (!isItem) {
        this.entry(top, at);
        continue;
      }
      // `- value`, `-` (value on the next lines) or `- key: value` (a compact mapping).
      let i = at + 1;
      while (i < eol && text.charCodeAt(i) === SPACE) i++;
      if (i < eol && this.isCompactMapping(i)) {
        if (text.charCodeAt(i) === DASH) throw new GiveUp('nested compact sequence');
        const m = this.open(true, i - start);
        if (top.isElements) this.startElement(top, m, i);
        this.placed(top, i, i);
        top.put('', m.map);
        this.entry(m, i);
      } else this.value(top, '', i);
    }
    while (stack.length > 0) this.close();
    if (!root) throw new GiveUp('empty');
    return root;
  }

  private open(isMap: boolean, indent: number): Frame {
    if (this.stack.length + 1 > MAX_DEPTH) throw new GiveUp('deep');
    const f = isMap ? new Frame(indent, {}, null) : new Frame(indent, null, []);
    this.stack.push(f);
    return f;
  }

  private close(): void {
    const f = this.stack.pop()!;
    if (f.pending !== null) this.putPending(f, null, -1);
  }

  /** Puts the pending key's value: a collection starting at `offset`, or null (offset -1: not placed). */
  private putPending(f: Frame, value: unknown, offset: number, sequence = false): void {
    if (f.element >= 0) this.spans.field(f.pendingKeyStart, f.pendingKeyEnd, offset, offset, f.pendingQuoted, sequence);
    else if (f.isFieldSequence) this.spans.item(offset, offset);
    f.put(f.pending!, value);
    f.pending = null;
  }

  /** `item` (a mapping starting at `offset`) is the next element of the `elements` sequence `seq`. */
  private startElement(seq: Frame, item: Frame, offset: number): void {
    item.element = seq.seq!.length;
    this.spans.element(item.element, offset);
  }

  /** Records the span [start, end) (-1: not placed) of a value about to be put in `f`, when `f` is an element or a sequence in one. */
  private placed(f: Frame, start: number, end: number, sequence = false): void {
    if (f.element >= 0) this.spans.field(this.keyStart, this.keyEnd, start, end, this.keyQuoted, sequence);
    else if (f.isFieldSequence) this.spans.item(start, end);
  }

  /** An item at `i` is a compact mapping when it does not start with an indicator and its first `:` ends the line or is followed by a space. */
  private isCompactMapping(i: number): boolean {
    const { text, eol } = this;
    const c = text.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE || c === LBRACKET || c === LBRACE || c === PIPE || c === GT || c === HASH) return false;
    let j = i;
    while (j < eol && text.charCodeAt(j) !== COLON) j++;
    return j < eol && (j + 1 === eol || text.charCodeAt(j + 1) === SPACE);
  }

  /** A `key: …` entry starting at `i` of the current line, in map frame `f`. */
  private entry(f: Frame, i: number): void {
    const { text, eol } = this;
    let key: string;
    let j: number;
    const c = text.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(i);
      j = this.after;
    } else {
      key = this.plainKey(i);
      j = this.after;
    }
    this.keyStart = i;
    this.keyEnd = j;
    this.keyQuoted = c === DQUOTE || c === SQUOTE;
    if (j >= eol || text.charCodeAt(j) !== COLON || (j + 1 < eol && text.charCodeAt(j + 1) !== SPACE)) throw new GiveUp('key without ": "');
    checkKey(key, f.map!);
    let k = j + 1;
    while (k < eol && text.charCodeAt(k) === SPACE) k++;
    this.value(f, key, k);
  }

  /** A plain key at `i`, up to the `:` that must follow it; sets `after` to that `:`. */
  private plainKey(i: number): string {
    const { text, eol } = this;
    let j = i;
    let h = 0;
    for (; j < eol; j++) {
      const d = text.charCodeAt(j);
      if (!isKeyChar(d, j === i)) break;
      h = (h * 31 + d) | 0;
    }
    if (j === i || j === eol || text.charCodeAt(j) !== COLON) throw new GiveUp('key');
    this.after = j;
    return keyString(text, i, j, h);
  }

  /** A value after `key: ` or `- ` at `i` of the current line, for frame `f` (key '' in a sequence). */
  private value(f: Frame, key: string, i: number): void {
    const { text, eol } = this;
    const c = text.charCodeAt(i);
    if (i >= eol || c === HASH) {
      if (c === HASH && text.charCodeAt(i - 1) !== SPACE) throw new GiveUp('comment');
      f.pending = key;
      f.pendingKeyStart = this.keyStart;
      f.pendingKeyEnd = this.keyEnd;
      f.pendingQuoted = this.keyQuoted;
      return;
    }
    if (c === DQUOTE || c === SQUOTE) {
      const v = this.quoted(i);
      this.placed(f, i, this.after);
      this.rest(this.after);
      return f.put(key, v);
    }
    if (c === LBRACKET || c === LBRACE) {
      this.placed(f, i, i, c === LBRACKET);
      this.flowItems = f.element >= 0 && c === LBRACKET;
      const v = this.flow(i);
      this.flowItems = false;
      this.rest(this.after);
      return f.put(key, v);
    }
    if (c === PIPE || c === GT) {
      this.placed(f, -1, -1);
      return f.put(key, this.blockScalar(f.indent, i));
    }
    const v = this.plain(i, eol, -1);
    this.placed(f, i, this.plainEnd);
    f.put(key, v);
  }

  /** A quoted scalar starting at `i` (the quote), on the current line; sets `after` past the closing quote. */
  private quoted(i: number): string {
    const { text, eol } = this;
    if (text.charCodeAt(i) === DQUOTE) {
      const end = text.indexOf('"', i + 1);
      if (end === -1 || end >= eol) throw new GiveUp('multi-line quoted');
      const s = text.slice(i + 1, end);
      if (s.includes('\\')) throw new GiveUp('escape');
      this.after = end + 1;
      return checkLength(s);
    }
    let out = '';
    let j = i + 1;
    for (;;) {
      const end = text.indexOf("'", j);
      if (end === -1 || end >= eol) throw new GiveUp('multi-line quoted');
      if (end + 1 < eol && text.charCodeAt(end + 1) === SQUOTE) {
        out += text.slice(j, end + 1);
        j = end + 2;
      } else {
        out = j === i + 1 ? text.slice(j, end) : out + text.slice(j, end);
        this.after = end + 1;
        return checkLength(out);
      }
    }
  }

  /** After a value ending at `i`: only spaces, then the end of the line or a ` #` comment. */
  private rest(i: number): void {
    const { text, eol } = this;
    let j = i;
    while (j < eol && text.charCodeAt(j) === SPACE) j++;
    if (j < eol && !(text.charCodeAt(j) === HASH && j > i)) throw new GiveUp('text after value');
  }

  private skipSpaces(j: number): number {
    const { text, eol } = this;
    while (j < eol && text.charCodeAt(j) === SPACE) j++;
    return j;
  }

  /** A one-line flow sequence or mapping of scalars starting at `i`; sets `after` past its end. */
  private flow(i: number): unknown {
    const { text, eol } = this;
    const isMap = text.charCodeAt(i) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const map: Record<string, unknown> | null = isMap ? {} : null;
    const seq: unknown[] | null = isMap ? null : [];
    let entries = 0;
    let j = this.skipSpaces(i + 1);
    if (j < eol && text.charCodeAt(j) === close) {
      this.after = j + 1;
      return map ?? seq;
    }
    for (;;) {
      if (map !== null) {
        j = this.skipSpaces(j);
        let key: string;
        const c = text.charCodeAt(j);
        if (j < eol && (c === DQUOTE || c === SQUOTE)) {
          key = this.quoted(j);
          j = this.after;
        } else {
          key = this.plainKey(j);
          j = this.after;
        }
        if (j + 1 >= eol || text.charCodeAt(j) !== COLON || text.charCodeAt(j + 1) !== SPACE) throw new GiveUp('flow pair');
        j += 2;
        checkKey(key, map);
        map[key] = this.flowScalar(j, RBRACE);
      } else {
        seq!.push(this.flowScalar(j, RBRACKET));
        if (this.flowItems) this.spans.item(this.flowStart, this.flowEnd);
      }
      j = this.after;
      if (++entries > MAX_ENTRIES) throw new GiveUp('many entries');
      j = this.skipSpaces(j);
      const c = j < eol ? text.charCodeAt(j) : -1;
      if (c === COMMA) {
        j = this.skipSpaces(j + 1);
        if (j < eol && text.charCodeAt(j) === close) throw new GiveUp('trailing comma');
        continue;
      }
      if (c === close) {
        this.after = j + 1;
        return map ?? seq;
      }
      throw new GiveUp('flow syntax');
    }
  }

  /** A scalar in a flow collection at `i`, ending before `,` or `close`; sets `after` past it. */
  private flowScalar(i: number, close: number): unknown {
    const { text, eol } = this;
    const j = this.skipSpaces(i);
    const c = j < eol ? text.charCodeAt(j) : -1;
    this.flowStart = j;
    if (c === DQUOTE || c === SQUOTE) {
      const v = this.quoted(j);
      this.flowEnd = this.after;
      return v;
    }
    if (c === LBRACKET || c === LBRACE) throw new GiveUp('nested flow');
    const v = this.plain(j, eol, close);
    this.flowEnd = this.plainEnd;
    return v;
  }

  /**
   * A plain scalar at `i` (not a space) on the current line, up to the end of the line or a ` #` comment,
   * or in a flow collection (`close` is its closing bracket, -1 outside) up to a `,` or `close`; sets
   * `after` where it stops. Gives up on what a plain scalar cannot be or hold: an indicator first, a `:`
   * before a space or at its end, a ` #` inside a flow, flow indicators in a flow.
   */
  private plain(i: number, eol: number, close: number): unknown {
    const text = this.text;
    const inFlow = close !== -1;
    let j = i;
    let last = i - 1;
    for (; j < eol; j++) {
      const c = text.charCodeAt(j);
      if (c === SPACE) {
        if (j + 1 < eol && text.charCodeAt(j + 1) === HASH) {
          if (inFlow) throw new GiveUp('flow plain scalar');
          break;
        }
        continue;
      }
      if (inFlow && (c === COMMA || c === close)) break;
      if (c === COLON) {
        const next = j + 1 < eol ? text.charCodeAt(j + 1) : -1;
        if (next === -1 || next === SPACE || (inFlow && (next === COMMA || next === RBRACKET || next === RBRACE))) throw new GiveUp('plain scalar');
      } else if (inFlow && (c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE)) throw new GiveUp('flow plain scalar');
      last = j;
    }
    this.after = j;
    this.plainEnd = last + 1;
    if (last < i) {
      if (inFlow) throw new GiveUp('empty flow entry');
      return null;
    }
    if (!plainStart(text.charCodeAt(i), i + 1 <= last ? text.charCodeAt(i + 1) : -1)) throw new GiveUp('plain scalar');
    return resolvePlain(checkLength(text.slice(i, last + 1)));
  }

  /** Reads the lines of a block scalar whose header is at `i`, indented more than `parent`. */
  private blockScalar(parent: number, i: number): string {
    const { text } = this;
    const folded = text.charCodeAt(i) === GT;
    const chomp = this.blockHeader(i);
    const n = text.length;
    const lines: string[] = [];
    let contentIndent = -1;
    let pos = this.pos;
    while (pos < n) {
      const end = text.indexOf('\n', pos);
      if (end === -1) throw new GiveUp('block scalar at the end of a file without a final newline');
      let at = pos;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      const ind = at - pos;
      if (at === end) {
        if (end > pos || contentIndent === -1) throw new GiveUp('blank line in block scalar');
        lines.push('');
      } else {
        if (contentIndent === -1) {
          if (ind <= parent) break;
          contentIndent = ind;
        } else if (ind < contentIndent) break;
        if (folded && ind > contentIndent) throw new GiveUp('more-indented folded line');
        lines.push(text.slice(pos + contentIndent, end));
      }
      pos = end + 1;
    }
    this.pos = pos;
    if (contentIndent === -1) throw new GiveUp('empty block scalar');
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    let body: string;
    if (!folded) body = lines.join('\n');
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
    const chomped = chomp === '-' ? body : chomp === '+' ? body + '\n'.repeat(trailing + 1) : body + '\n';
    return checkLength(chomped);
  }

  /**
   * The header `|` or `>` at `i`, an optional `-`/`+` (returned, '' if none), then spaces and an optional
   * ` #` comment; no indentation indicator. A comment holding U+2028/U+2029 is given up on (a regex `.`
   * stops there: the previous reader did).
   */
  private blockHeader(i: number): string {
    const { text, eol } = this;
    let j = i + 1;
    let chomp = '';
    const c = j < eol ? text.charCodeAt(j) : -1;
    if (c === DASH || c === 0x2b) {
      chomp = c === DASH ? '-' : '+';
      j++;
    }
    const k = this.skipSpaces(j);
    if (k === eol) return chomp;
    if (text.charCodeAt(k) !== HASH || k === j) throw new GiveUp('block scalar header');
    for (let p = k; p < eol; p++) {
      const d = text.charCodeAt(p);
      if (d === 0x2028 || d === 0x2029) throw new GiveUp('block scalar header');
    }
    return chomp;
  }
}

/** Parses the text, or gives up (throws GiveUp). */
export function parseSimpleYaml(text: string): Record<string, unknown> {
  return new Reader(text).read();
}

/** Parses the text with the offsets of its elements and their fields, or gives up (throws GiveUp). */
export function parseSimpleYamlWithSpans(text: string): { value: Record<string, unknown>; spans: ElementSpans } {
  const reader = new Reader(text);
  return { value: reader.read(), spans: reader.spans };
}
