/**
 * The fast path of the loader. js-yaml's event parser (about 5× faster than `yaml`'s CST parser, no
 * positions) reads the bulk of the files; our own iterative walk over its events builds the plain data with
 * the YAML 1.2 core schema of `yaml` (same regexes, same resolvers, see node_modules/yaml/dist/schema/core)
 * and enforces every rule of `yaml-safe` (anchors, aliases, tags, directives, documents, depth, entries,
 * nodes, scalar length, forbidden and merge keys, duplicate keys, numbers, control and bidi characters).
 *
 * It never reports anything itself. On ANY doubt — a js-yaml exception, a rule violation, an unusual
 * construct where the two parsers might disagree (tabs, explicit keys, escapes, lone CR…) — it gives up and
 * the file is re-read by `parseYamlSafe`, whose diagnostics are the precise, positioned ones. So a file
 * either gets exactly the data `parseYamlSafe` would return with no diagnostic, or exactly its result.
 * test/perf/fast-parse.test.ts checks this equivalence on generated documents and on the bad-input corpus.
 */
import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { LIMITS } from './limits.js';
import { BIDI_CHARS, CONTROL_CHARS } from './text.js';
import { parseYamlSafe, type ParsedYaml } from './yaml-safe.js';

/** Why the fast path gave up (for tests and the benchmark); never shown to users. */
export type FastResult = { ok: true; value: unknown } | { ok: false; reason: string };

const SCALAR = 4;
const SEQUENCE = 2;
const MAPPING = 3;
const DOCUMENT = 1;
const POP = 6;
const PLAIN = 1;
const DOUBLE_QUOTED = 3;

// Margins below the precise limits: near a limit, the precise path decides (its node count differs).
const MAX_DEPTH = LIMITS.maxDepth - 4;
const MAX_ENTRIES = LIMITS.maxEntriesPerCollection >> 1;
const MAX_EVENTS = LIMITS.maxNodes >> 1;
const MAX_KEY_CHARS = 1000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
/** Raw-text features routed to the precise path: tabs, lone CR, explicit `?` keys, directives. */
const UNUSUAL = /\t|\r(?!\n)|(?:^|[\s[{,])\?(?:[\s]|$)|^%/m;

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

class GiveUp {
  constructor(readonly reason: string) {}
}

/** Resolves a plain scalar like `yaml`'s core schema; `undefined` means "not a finite safe number" (give up). */
function resolvePlain(s: string): unknown {
  if (s === '') return null;
  if (!MAYBE_TYPED.test(s)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  let n: number | undefined;
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

function checkString(s: string): void {
  if (s.length > LIMITS.maxScalarChars) throw new GiveUp('long scalar');
  if (CONTROL_CHARS.test(s) || BIDI_CHARS.test(s)) throw new GiveUp('control or bidi character');
  if (!(s as string & { isWellFormed(): boolean }).isWellFormed()) throw new GiveUp('lone surrogate');
}

interface Frame {
  container: Record<string, unknown> | unknown[];
  isMap: boolean;
  /** Pending key of a mapping (undefined when the next scalar is a key). */
  key: string | undefined;
  seen: Set<string> | undefined;
  entries: number;
}

function scalarText(text: string, e: ScalarEvent): string {
  if (e.style === DOUBLE_QUOTED) {
    const bs = text.indexOf('\\', e.valueStart);
    if (bs !== -1 && bs < e.valueEnd) throw new GiveUp('escape sequence');
  }
  return getScalarValue(text, e);
}

function build(text: string, events: Event[]): unknown {
  let documents = 0;
  let root: unknown;
  let rootSet = false;
  const stack: Frame[] = [];
  const add = (value: unknown): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (rootSet) throw new GiveUp('second root');
      root = value;
      rootSet = true;
      return;
    }
    if (++top.entries > MAX_ENTRIES) throw new GiveUp('many entries');
    if (top.isMap) {
      (top.container as Record<string, unknown>)[top.key!] = value;
      top.key = undefined;
    } else (top.container as unknown[]).push(value);
  };
  for (const e of events) {
    switch (e.type) {
      case DOCUMENT:
        if (++documents > 1 || e.directives.length > 0) throw new GiveUp('directive or several documents');
        break;
      case SCALAR: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp('anchor or tag');
        const top = stack[stack.length - 1];
        const s = scalarText(text, e);
        if (top?.isMap && top.key === undefined) {
          // A key: `yaml` with stringKeys takes its decoded text as is.
          if (s === '' || s.length > MAX_KEY_CHARS || FORBIDDEN_KEYS.has(s)) throw new GiveUp('empty, long, forbidden or merge key');
          checkString(s);
          if (top.seen!.has(s)) throw new GiveUp('duplicate key');
          top.seen!.add(s);
          const nl = text.indexOf('\n', e.valueStart);
          if (nl !== -1 && nl < e.valueEnd) throw new GiveUp('multi-line key');
          top.key = s;
          break;
        }
        const value = e.style === PLAIN ? resolvePlain(s) : s;
        if (typeof value === 'string') checkString(value);
        add(value);
        break;
      }
      case SEQUENCE:
      case MAPPING: {
        if (e.anchorStart !== -1 || e.tagStart !== -1) throw new GiveUp('anchor or tag');
        const top = stack[stack.length - 1];
        if (top?.isMap && top.key === undefined) throw new GiveUp('collection as key');
        if (stack.length + 1 > MAX_DEPTH) throw new GiveUp('deep');
        const isMap = e.type === MAPPING;
        const container = isMap ? ({} as Record<string, unknown>) : ([] as unknown[]);
        add(container);
        stack.push({ container, isMap, key: undefined, seen: isMap ? new Set() : undefined, entries: 0 });
        break;
      }
      case POP:
        if (stack.length > 0) {
          const top = stack.pop()!;
          if (top.isMap && top.key !== undefined) throw new GiveUp('key without value');
        }
        break;
      default:
        throw new GiveUp('alias');
    }
  }
  if (!rootSet || root === null || typeof root !== 'object') throw new GiveUp('empty or scalar document');
  return root;
}

/** Tries the fast path; `ok: false` means "use parseYamlSafe" (never an error of the file by itself). */
export function parseYamlFast(text: string): FastResult {
  if (CONTROL_CHARS.test(text) || BIDI_CHARS.test(text) || UNUSUAL.test(text)) return { ok: false, reason: 'unusual characters' };
  try {
    const events = parseEvents(text, { maxDepth: LIMITS.maxDepth + 2 });
    if (events.length > MAX_EVENTS) return { ok: false, reason: 'many nodes' };
    return { ok: true, value: build(text, events) };
  } catch (e) {
    return { ok: false, reason: e instanceof GiveUp ? e.reason : 'js-yaml error' };
  }
}

/** Parses a file: the fast path when it is sure, otherwise the precise, position-aware one. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const fast = parseYamlFast(text);
  return fast.ok ? { value: fast.value, diagnostics: [] } : parseYamlSafe(file, text);
}
