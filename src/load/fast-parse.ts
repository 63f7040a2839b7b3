/**
 * The fast path of the loader, in two tiers, both without positions:
 * 1. simple-yaml.ts: a line-based reader of the plain YAML subset architecture files are written in;
 * 2. js-yaml's event parser (about 5× faster than `yaml`'s CST parser) and our iterative walk over its
 *    events, for the rest.
 * Both build the plain data with the YAML 1.2 core schema of `yaml` (same regexes, same resolvers, see
 * node_modules/yaml/dist/schema/core) and enforce every rule of `yaml-safe` (anchors, aliases, tags,
 * directives, documents, depth, entries, nodes, scalar length, forbidden and merge keys, duplicate keys,
 * numbers, control and bidi characters, lone surrogates).
 *
 * They never report anything themselves. On ANY doubt — a js-yaml exception, a rule violation, an unusual
 * construct where the parsers might disagree (tabs, explicit keys, escapes, lone CR…) — they give up and
 * the file is re-read by `parseYamlSafe`, whose diagnostics are the precise, positioned ones. So a file
 * either gets exactly the data `parseYamlSafe` would return with no diagnostic, or exactly its result.
 * test/perf/fast-parse.test.ts checks this equivalence on generated documents and on the bad-input corpus.
 */
import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { FAST_TIER, LIMITS } from './limits.js';
import type { ElementSpans } from './element-spans.js';
import { GiveUp, parseSimpleYamlWithSpans, resolvePlain } from './simple-yaml.js';
import { parseYamlSafe, type ParsedYaml } from './yaml-safe.js';

/** Why the fast path gave up (for tests and the benchmark); never shown to users. */
/** `spans` when the simple reader read the file (element-spans.ts). */
export type FastResult = { ok: true; value: unknown; spans?: ElementSpans } | { ok: false; reason: string };

const SCALAR = 4;
const SEQUENCE = 2;
const MAPPING = 3;
const DOCUMENT = 1;
const POP = 6;
const PLAIN = 1;
const DOUBLE_QUOTED = 3;

const { maxDepth: MAX_DEPTH, maxEntries: MAX_ENTRIES, maxEvents: MAX_EVENTS } = FAST_TIER;

/**
 * Raw-text features that make the fast tiers give up, in one scan: C0/C1 controls except LF and CR, DEL,
 * bidi and zero-width characters (as in text.ts), tabs, a CR not before LF.
 */
const UNUSUAL_CHARS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|\r(?!\n)/;
/** The same plus any UTF-16 surrogate: when it finds none, one pass has shown there is no lone surrogate either. */
const UNUSUAL_OR_SURROGATE = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFEFF]|\r(?!\n)/;
/** Explicit `?` keys and `%` directives (rare; checked with indexOf before any regex). */
const QUESTION = /(?:^|[\s[{,])\?(?:\s|$)/m;
const DIRECTIVE = /^%/m;
/** Document markers at the start of a line (indented ones included: the fast tiers do not judge them). */
const MARKERS = /^ *(?:---|\.\.\.)/gm;
/** The one marker the fast tiers read: a `---` alone on the first line (a document-end `...` never). */
const LEADING_START = /^---[ ]*\r?(?:\n|$)/;

function strayMarker(text: string): boolean {
  if (!text.includes('---') && !text.includes('...')) return false;
  for (const m of text.matchAll(MARKERS)) if (m.index !== 0 || !LEADING_START.test(text)) return true;
  return false;
}

function checkString(s: string): void {
  // Control and bidi characters and lone surrogates were excluded from the raw text, and escapes (the only
  // way to produce them in a value) make the fast path give up: only the length is left to check.
  if (s.length > LIMITS.maxScalarChars) throw new GiveUp('long scalar');
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
          if (FAST_TIER.leavesKey(s)) throw new GiveUp('empty, long, forbidden or merge key');
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

/** The raw-text conditions of both fast tiers (the simple one also needs no CR at all). */
export function fastPathPossible(text: string): boolean {
  if (UNUSUAL_OR_SURROGATE.test(text) && (UNUSUAL_CHARS.test(text) || !(text as string & { isWellFormed(): boolean }).isWellFormed())) return false;
  return !((text.includes('?') && QUESTION.test(text)) || (text.includes('%') && DIRECTIVE.test(text)) || strayMarker(text));
}

/** Tries the fast tiers; `ok: false` means "use parseYamlSafe" (never an error of the file by itself). */
export function parseYamlFast(text: string): FastResult {
  if (!fastPathPossible(text)) return { ok: false, reason: 'unusual characters, explicit key or directive' };
  if (!text.includes('\r')) {
    try {
      return { ok: true, ...parseSimpleYamlWithSpans(text) };
    } catch (e) {
      if (!(e instanceof GiveUp)) return { ok: false, reason: 'simple reader error' };
    }
  }
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
  return fast.ok ? { value: fast.value, diagnostics: [], spans: fast.spans } : parseYamlSafe(file, text);
}
