/**
 * Where the cursor is in an element file, read from the text as it is being typed (it need not parse):
 * the id-like token under the cursor, and the element kind and field whose value or key is being written.
 * Positions are LSP's: 0-based line and UTF-16 character.
 */
import { isKind, type Kind } from '../model/kinds.js';

export interface LspPosition {
  line: number;
  character: number;
}

export interface Token {
  text: string;
  line: number;
  start: number;
  end: number;
}

const ID_CHAR = /[A-Za-z0-9_.:\-]/;

/** The id-like word (element ids, `national:ndxp`, `std:tt39-1.1-http-1.1`) at the position, if any. */
export function tokenAt(lines: readonly string[], pos: LspPosition): Token | undefined {
  const line = lines[pos.line];
  if (line === undefined) return undefined;
  let start = Math.min(pos.character, line.length);
  let end = start;
  while (start > 0 && ID_CHAR.test(line[start - 1]!)) start--;
  while (end < line.length && ID_CHAR.test(line[end]!)) end++;
  let text = line.slice(start, end);
  // A trailing colon belongs to a key (`owner:`), a trailing dot ends a sentence in a comment.
  while (text.endsWith(':') || text.endsWith('.')) {
    text = text.slice(0, -1);
    end--;
  }
  return text ? { text, line: pos.line, start, end } : undefined;
}

export interface FieldContext {
  /** The kind of the element being written, when its `kind:` line says a known one. */
  kind?: Kind;
  /** Keys from the element down to the field (e.g. ['securityApproval', 'approver']); empty at element level. */
  keys: string[];
  /** True when the cursor is on a value (after `key:` or in a `- ` item), false where a key is typed. */
  inValue: boolean;
  /** What is typed so far of the word at the cursor. */
  prefix: string;
}

const indentOf = (s: string) => s.length - s.trimStart().length;
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s|$)/;

/** The element's first line (its `- ` item) containing `line`, and the indentation of its keys. */
function elementStart(lines: readonly string[], line: number): { start: number; keyIndent: number } | undefined {
  const top = lines.findIndex((l) => /^elements\s*:/.test(l));
  if (top < 0 || line <= top) return undefined;
  const first = lines.findIndex((l, i) => i > top && /^\s*-\s/.test(l));
  if (first < 0) return undefined;
  const itemIndent = indentOf(lines[first]!);
  for (let i = Math.min(line, lines.length - 1); i > top; i--) {
    const l = lines[i]!;
    if (indentOf(l) === itemIndent && /^\s*-(\s|$)/.test(l)) {
      const m = /^(\s*-\s+)/.exec(l);
      return { start: i, keyIndent: m ? m[1]!.length : itemIndent + 2 };
    }
  }
  return undefined;
}

function kindOf(lines: readonly string[], start: number, keyIndent: number): Kind | undefined {
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (i > start && /^\s*-\s/.test(l) && indentOf(l) < keyIndent) break;
    if (i > start && l.trim() !== '' && !l.trimStart().startsWith('#') && indentOf(l) < keyIndent) break;
    const m = /^(\s*)(?:-\s+)?kind\s*:\s*["']?([\w-]+)/.exec(l);
    if (m && (i === start || indentOf(l) === keyIndent)) return isKind(m[2]) ? m[2] : undefined;
  }
  return undefined;
}

/** The keys above `line` with smaller indentation, up to the element's own keys. */
function parentKeys(lines: readonly string[], line: number, indent: number, el: { start: number; keyIndent: number }): string[] {
  const keys: string[] = [];
  let want = indent;
  for (let i = line - 1; i >= el.start && want > el.keyIndent; i--) {
    const l = lines[i]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const m = KEY_LINE.exec(i === el.start ? l.replace(/^(\s*)-\s+/, (_, s: string) => ' '.repeat(s.length + 2)) : l);
    const at = m ? m[1]!.length + (m[2]?.length ?? 0) : indentOf(l);
    if (m && at < want) {
      keys.unshift(m[3]!);
      want = at;
    }
  }
  return keys;
}

export function fieldContext(lines: readonly string[], pos: LspPosition): FieldContext {
  const line = lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  const prefix = /[A-Za-z0-9_.:\-]*$/.exec(before)![0];
  const el = elementStart(lines, pos.line);
  if (!el) return { keys: [], inValue: false, prefix };
  const kind = kindOf(lines, el.start, el.keyIndent);
  const withKind = (c: Omit<FieldContext, 'kind'>): FieldContext => (kind ? { kind, ...c } : c);
  // The element's own first line `- key: value` counts as a line at the key indentation.
  const asKeys = pos.line === el.start ? before.replace(/^(\s*)-\s+/, (_, s: string) => ' '.repeat(s.length + 2)) : before;

  const key = KEY_LINE.exec(asKeys);
  if (key) {
    const at = key[1]!.length + (key[2]?.length ?? 0);
    const keys = [...parentKeys(lines, pos.line, at, el), key[3]!];
    // Inside a flow mapping on the line (`securityApproval: {decision: "…", approver: |`): the innermost key.
    const rest = asKeys.slice(key[0].length);
    const open = rest.lastIndexOf('{');
    if (open >= 0 && rest.indexOf('}', open) < 0) {
      const inner = /([A-Za-z_][\w-]*)\s*:\s*[^,{}]*$/.exec(rest.slice(open + 1));
      if (inner) return withKind({ keys: [...keys, inner[1]!], inValue: true, prefix });
      return withKind({ keys, inValue: false, prefix });
    }
    return withKind({ keys, inValue: true, prefix });
  }
  const item = /^(\s*)-\s+[^:]*$/.exec(asKeys);
  if (item) {
    const dash = item[1]!.length;
    // A block-sequence item: its key is the nearest line above at the same or a smaller indentation ending in `key:`.
    for (let i = pos.line - 1; i >= el.start; i--) {
      const l = i === el.start ? lines[i]!.replace(/^(\s*)-\s+/, (_, s: string) => ' '.repeat(s.length + 2)) : lines[i]!;
      const m = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*$/.exec(l);
      if (m && m[1]!.length <= dash) return withKind({ keys: [...parentKeys(lines, i, m[1]!.length, el), m[2]!], inValue: true, prefix });
      if (l.trim() !== '' && indentOf(l) < dash) break;
    }
    return withKind({ keys: [], inValue: true, prefix });
  }
  if (/^\s*[\w-]*$/.test(asKeys)) {
    const at = indentOf(asKeys);
    return withKind({ keys: at > el.keyIndent ? parentKeys(lines, pos.line, at, el) : [], inValue: false, prefix });
  }
  return withKind({ keys: [], inValue: false, prefix });
}
