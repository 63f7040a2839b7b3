/**
 * The safe YAML loader (ROBUSTNESS.md §1.1): the only module that parses YAML with the `yaml` package.
 * 1. control characters in the raw text are rejected;
 * 2. the iterative CST is walked first: depth, entries, node count, anchors, aliases, tags and directives
 *    are checked before anything recursive runs;
 * 3. the document is composed with the YAML 1.2 core schema pinned, and converted to plain data by our own walk,
 *    which checks keys (duplicates in linear time, forbidden keys, merge keys), numbers and string values.
 * Every problem is a diagnostic with a position; partial data is never returned.
 */
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, Location, Range } from '../diagnostics/diagnostic.js';
import type { ElementSpans } from './element-spans.js';
import { diag, type Code } from '../diagnostics/messages.js';
import { FORBIDDEN_KEYS, LIMITS } from './limits.js';
import { BIDI_CHARS, CONTROL_CHARS, LineIndex, describeChar } from './text.js';
import { yamlLib } from './yaml-lib.js';

import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  customTags: [],
  strict: true,
  stringKeys: true,
  uniqueKeys: false,
  intAsBigInt: false,
  keepSourceTokens: false,
  logLevel: 'silent',
};

export interface ParsedYaml {
  /** Plain data (objects, arrays, strings, finite numbers, booleans, null); absent when any error was found. */
  value?: unknown;
  diagnostics: Diagnostic[];
  /** Offsets of the elements and their fields, when the simple reader read the file (element-spans.ts). */
  spans?: ElementSpans;
}


class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private index?: LineIndex;
  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}
  range(start: number, end = start): Range {
    this.index ??= new LineIndex(this.text);
    return { start: this.index.position(start), end: this.index.position(Math.max(start, end)) };
  }
  at(start: number, end?: number): Location {
    return { file: this.file, range: this.range(start, end) };
  }
  report(code: Code, data: Record<string, string | number>, start: number, end?: number): void {
    this.diagnostics.push(diag(code, data, this.at(start, end)));
  }
  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

type Token = { type: string; offset: number; source?: string; [k: string]: unknown };

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Walks the CST iteratively; returns false when a limit was exceeded (then nothing is composed). */
function checkCst(tokens: readonly Token[], r: Reporter, tagged: Set<number>): boolean {
  const stack: { t: Token; depth: number }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push({ t: tokens[i]!, depth: 0 });
  let nodes = 0;
  const props = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const p of list as Token[]) {
      if (p.type === 'anchor') r.report('yaml/anchor', { name: (p.source ?? '').slice(1) }, p.offset, p.offset + (p.source?.length ?? 1));
      else if (p.type === 'tag') {
        tagged.add(p.offset);
        r.report('yaml/tag', { tag: p.source ?? '' }, p.offset, p.offset + (p.source?.length ?? 1));
      }
    }
  };
  while (stack.length > 0) {
    const { t, depth } = stack.pop()!;
    if (++nodes > LIMITS.maxNodes) {
      r.report('yaml/too-many-nodes', { limit: LIMITS.maxNodes }, t.offset);
      return false;
    }
    switch (t.type) {
      case 'directive': {
        const m = /^%YAML\s+(\S+)/.exec(t.source ?? '');
        if (m && m[1] !== '1.2') r.report('yaml/version', { version: m[1]! }, t.offset);
        break;
      }
      case 'document':
        props(t.start);
        if (t.value) stack.push({ t: t.value as Token, depth });
        break;
      case 'alias':
        r.report('yaml/alias', { name: (t.source ?? '').slice(1) }, t.offset, t.offset + (t.source?.length ?? 1));
        break;
      case 'block-scalar':
        props(t.props);
        break;
      default:
        if (COLLECTIONS.has(t.type)) {
          if (depth + 1 > LIMITS.maxDepth) {
            r.report('yaml/too-deep', { limit: LIMITS.maxDepth }, t.offset);
            return false;
          }
          const items = (t.items ?? []) as { start?: unknown; key?: Token | null; sep?: unknown; value?: Token | null }[];
          if (items.length > LIMITS.maxEntriesPerCollection) {
            r.report('yaml/too-many-entries', { limit: LIMITS.maxEntriesPerCollection }, t.offset);
            return false;
          }
          for (let k = items.length - 1; k >= 0; k--) {
            const it = items[k]!;
            props(it.start);
            props(it.sep);
            if (it.value) stack.push({ t: it.value, depth: depth + 1 });
            if (it.key) stack.push({ t: it.key, depth: depth + 1 });
          }
        }
    }
  }
  return true;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INTEGER_LITERAL = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

function checkString(s: string, start: number, end: number, r: Reporter): void {
  if (s.length > LIMITS.maxScalarChars) {
    r.report('yaml/scalar-too-long', { length: s.length, limit: LIMITS.maxScalarChars }, start, end);
    return;
  }
  const bad = CONTROL_CHARS.exec(s);
  if (bad) r.report('yaml/bad-char', { char: describeChar(bad[0]) }, start, end);
  else if (!(s as string & { isWellFormed(): boolean }).isWellFormed()) r.report('yaml/bad-char', { char: describeChar(LONE_SURROGATE.exec(s)?.[0] ?? '\ufffd') }, start, end);
  const bidi = BIDI_CHARS.exec(s);
  if (bidi) r.report('yaml/bidi', { char: describeChar(bidi[0]) }, start, end);
}

/** Converts the composed AST to plain data (depth is already bounded by the CST check). */
function toPlain(node: YamlNode | null | undefined, r: Reporter): unknown {
  if (node == null) return null;
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isScalar(node)) {
    const [start, , end] = node.range ?? [0, 0, 0];
    const v = node.value;
    if (typeof v === 'number') {
      const src = node.source ?? String(v);
      if (!Number.isFinite(v) || (INTEGER_LITERAL.test(src) && !Number.isSafeInteger(v))) r.report('yaml/bad-number', { value: src }, start, end);
      return v;
    }
    if (typeof v === 'string') checkString(v, start, end, r);
    return v;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const kStart = keyNode?.range?.[0] ?? node.range?.[0] ?? 0;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        r.report('yaml/non-string-key', {}, kStart);
        continue;
      }
      const kEnd = keyNode?.range?.[1] ?? kStart;
      if (key === '<<') r.report('yaml/merge-key', {}, kStart, kEnd);
      else if (FORBIDDEN_KEYS.has(key)) r.report('yaml/forbidden-key', { key }, kStart, kEnd);
      const first = seen.get(key);
      if (first !== undefined) {
        r.report('yaml/duplicate-key', { key, line: r.range(first).start.line }, kStart, kEnd);
        continue;
      }
      seen.set(key, kStart);
      checkString(key, kStart, kEnd, r);
      out[key] = toPlain(pair.value as YamlNode | null, r);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item as YamlNode | null, r));
  if (isPair(node)) return null;
  return null;
}

/** Composes the one document of a file, or reports why it cannot. */
export function composeDocument(text: string, r: Reporter): Document | undefined {
  const { Composer, Parser, isScalar } = yamlLib();
  const tokens = [...new Parser().parse(text)] as unknown as Token[];
  const tagged = new Set<number>();
  if (!checkCst(tokens, r, tagged)) return undefined;
  const docs = [...new Composer(YAML_OPTIONS).compose(tokens as never, true, text.length)];
  for (const doc of docs) {
    for (const e of [...doc.errors, ...doc.warnings]) {
      const [start, end] = e.pos;
      // An unresolved tag was already reported by the CST check as yaml/tag, at the same place.
      if (e.code === 'TAG_RESOLVE_FAILED' && tagged.has(start)) continue;
      // An unsupported %YAML version was already reported by the CST check as yaml/version.
      if (e.code === 'BAD_DIRECTIVE' && /YAML version/.test(e.message) && r.diagnostics.some((d) => d.code === 'yaml/version')) continue;
      r.report('yaml/syntax', { detail: `${e.code}: ${e.message.split('\n')[0]}` }, start, end);
    }
  }
  const contents = docs[0]?.contents;
  // `~`, `null` or a lone `---` is as empty as an empty file (ROBUSTNESS.md §7 row 25).
  if (docs.length === 0 || contents == null || (isScalar(contents) && contents.value === null)) {
    if (!r.failed) r.report('yaml/empty', {}, 0);
    return undefined;
  }
  if (docs.length > 1) r.report('yaml/multiple-docs', {}, docs[1]!.range[0]);
  return docs[0];
}

/** Parses one file's text with every safety check; never throws for any input. */
export function parseYamlSafe(file: string, text: string): ParsedYaml {
  const r = new Reporter(file, text);
  const bad = CONTROL_CHARS.exec(text);
  if (bad) {
    r.report('load/bad-char', { char: describeChar(bad[0]) }, bad.index);
    return { diagnostics: r.diagnostics };
  }
  const doc = composeDocument(text, r);
  if (!doc || r.failed) return { diagnostics: r.diagnostics };
  const value = toPlain(doc.contents as YamlNode, r);
  if (r.failed) return { diagnostics: r.diagnostics };
  return { value, diagnostics: r.diagnostics };
}

export { Reporter as YamlReporter };
