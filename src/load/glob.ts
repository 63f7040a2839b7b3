/**
 * The glob matcher of the manifest's include/exclude patterns: `**` (any folders), `*` (any name part),
 * `?` (one character) and `{a,b}` (alternatives). Paths are repository-relative with `/` separators.
 *
 * Matching never backtracks: a pattern is a list of tokens run as a set of positions over the path
 * (Thompson's simulation), so a path of n characters costs at most n × (2 × tokens) steps whatever the
 * pattern — `*a*a*a*a*a*a*a*a*a*a*a*c` against 60 `a`s included (a backtracking regex takes seconds there).
 */
export type GlobCheck = { ok: true; match: (path: string) => boolean } | { ok: false; reason: { vi: string; en: string } };

const bad = (vi: string, en: string): GlobCheck => ({ ok: false, reason: { vi, en } });

/** A token: one literal character, `?`, `*` (within a name), `**` before a `/` (whole folders) or `**` (anything). */
type Token = { t: 'char'; c: string } | { t: 'one' } | { t: 'star' } | { t: 'folders' } | { t: 'any' };

const MAX_ALTERNATIVES = 64;

/**
 * `{a,b}` groups expanded into whole patterns, each a list of pieces tokenized apart (so `*{,a}**` keeps
 * its `*` and its `**`); groups do not nest: `{` inside a group is literal.
 */
function expandBraces(pattern: string): string[][] | 'unclosed' | 'too-many' {
  let out: string[][] = [[]];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '{') {
      literal += pattern[i];
      continue;
    }
    const end = pattern.indexOf('}', i + 1);
    if (end < 0) return 'unclosed';
    const options = pattern.slice(i + 1, end).split(',');
    if (out.length * options.length > MAX_ALTERNATIVES) return 'too-many';
    const before = literal;
    out = out.flatMap((p) => options.map((o) => [...p, before, o]));
    literal = '';
    i = end;
  }
  return out.map((p) => [...p, literal]);
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      tokens.push({ t: slash ? 'folders' : 'any' });
      i += slash ? 2 : 1;
    } else if (c === '*') tokens.push({ t: 'star' });
    else if (c === '?') tokens.push({ t: 'one' });
    else tokens.push({ t: 'char', c });
  }
  return tokens;
}

const CHAR = 0;
const ONE = 1;
const STAR = 2;
const FOLDERS = 3;
const ANY = 4;
const END = 5;
const SLASH = 47;
const OTHER = -2;
const MAX_STATES = 4096;

/**
 * The alternatives as one automaton: token kinds and characters in flat arrays, each alternative closed by
 * an END token. State 2i is "before token i"; state 2i+1 is "inside a folder name of the whole-folders
 * token i". A set of states moves by one character in one step, so the work is linear in the path.
 */
function automaton(alternatives: readonly Token[][]): (path: string) => boolean {
  const kinds: number[] = [];
  const codes: number[] = [];
  const starts: number[] = [];
  for (const toks of alternatives) {
    starts.push(2 * kinds.length);
    for (const t of toks) {
      kinds.push(t.t === 'char' ? CHAR : t.t === 'one' ? ONE : t.t === 'star' ? STAR : t.t === 'folders' ? FOLDERS : ANY);
      codes.push(t.t === 'char' ? t.c.charCodeAt(0) : -1);
    }
    kinds.push(END);
    codes.push(-1);
  }
  const kind = Uint8Array.from(kinds);
  const code = Int32Array.from(codes);
  /** The states reachable from `s` without a character (s itself included), added to `into`. */
  const close = (s: number, into: Set<number>) => {
    for (;;) {
      if (into.has(s)) return;
      into.add(s);
      if ((s & 1) === 1) return;
      const k = kind[s >> 1]!;
      if (k !== STAR && k !== FOLDERS && k !== ANY) return;
      s += 2; // zero repetitions
    }
  };
  /** One character `ch` (OTHER: any character the pattern does not name) from a set of states. */
  const step = (from: readonly number[], ch: number): number[] => {
    const to = new Set<number>();
    for (const s of from) {
      if ((s & 1) === 1) {
        close(ch === SLASH ? s - 1 : s, to);
        continue;
      }
      const k = kind[s >> 1]!;
      if (k === CHAR) {
        if (code[s >> 1] === ch) close(s + 2, to);
      } else if (k === ONE) {
        if (ch !== SLASH) close(s + 2, to);
      } else if (k === STAR) {
        if (ch !== SLASH) close(s, to);
      } else if (k === ANY) close(s, to);
      else if (k === FOLDERS) close(ch === SLASH ? s : s + 1, to);
    }
    return [...to].sort((x, y) => x - y);
  };

  // The subset automaton, built lazily: one table lookup per character. Characters fall into classes
  // (each character the pattern names, `/`, everything else); at most MAX_STATES sets are kept, after
  // which the table starts afresh — still one step per character, only slower.
  const classOf = new Map<number, number>([[SLASH, 1]]);
  const representative = [OTHER, SLASH];
  for (const c of code) {
    if (c >= 0 && !classOf.has(c)) {
      classOf.set(c, representative.length);
      representative.push(c);
    }
  }
  const classes = representative.length;
  const ascii = new Int32Array(128);
  for (const [c, id] of classOf) if (c < 128) ascii[c] = id;
  let sets: number[][] = [];
  let ids = new Map<string, number>();
  let accepting: boolean[] = [];
  let dead: boolean[] = [];
  let table: number[] = [];
  const intern = (set: number[]): number => {
    const key = set.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = sets.length;
      ids.set(key, id);
      sets.push(set);
      accepting.push(set.some((st) => (st & 1) === 0 && kind[st >> 1] === END));
      dead.push(set.length === 0);
      for (let c = 0; c < classes; c++) table.push(-1);
    }
    return id;
  };
  const startSet = (() => {
    const start = new Set<number>();
    for (const st of starts) close(st, start);
    return [...start].sort((x, y) => x - y);
  })();
  let start = intern(startSet);
  return (path) => {
    if (sets.length > MAX_STATES) {
      sets = [];
      ids = new Map();
      accepting = [];
      dead = [];
      table = [];
      start = intern(startSet);
    }
    let d = start;
    for (let p = 0; p < path.length; p++) {
      const ch = path.charCodeAt(p);
      const c = ch < 128 ? ascii[ch]! : (classOf.get(ch) ?? 0);
      let t = table[d * classes + c]!;
      if (t < 0) {
        t = intern(step(sets[d]!, representative[c]!));
        table[d * classes + c] = t;
      }
      d = t;
      if (dead[d]) return false;
    }
    return accepting[d]!;
  };
}

export function compileGlob(pattern: string): GlobCheck {
  if (pattern.length === 0 || pattern.length > 200) return bad('độ dài phải từ 1 đến 200 ký tự', 'length must be 1 to 200 characters');
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) return bad('đường dẫn tuyệt đối', 'absolute path');
  if (pattern.includes('\\')) return bad('dùng "/" thay cho "\\"', 'use "/" instead of "\\"');
  if (pattern.includes('\0') || /^[a-z]+:\/\//i.test(pattern)) return bad('không phải đường dẫn tệp', 'not a file path');
  if (pattern.split('/').some((s) => s === '..')) return bad('ra ngoài kho ("..")', 'leaves the repository ("..")');
  if ((pattern.match(/\*/g) ?? []).length > 12) return bad('quá nhiều ký tự đại diện', 'too many wildcards');
  const expanded = expandBraces(pattern);
  if (expanded === 'unclosed') return bad('thiếu dấu "}"', 'missing "}"');
  if (expanded === 'too-many') return bad(`quá ${MAX_ALTERNATIVES} phương án {a,b}`, `more than ${MAX_ALTERNATIVES} {a,b} alternatives`);
  const alternatives = expanded.map((pieces) => pieces.flatMap(tokenize));
  if (alternatives.every((toks) => toks.every((t) => t.t === 'char'))) {
    const literal = new Set(expanded.map((pieces) => pieces.join('')));
    return { ok: true, match: (p) => literal.has(p) };
  }
  return { ok: true, match: automaton(alternatives) };
}
