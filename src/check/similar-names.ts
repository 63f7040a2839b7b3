/**
 * Similar names, one implementation for `arch check` (duplicate candidates in one architecture) and
 * `arch portfolio` (across agencies), at national scale. `similarPairs` returns the pairs of names whose bigram Dice similarity
 * (check/shortcomings.ts `similarity`) reaches a threshold, exactly as comparing every pair would, without
 * comparing every pair: equal names are compared once, and a prefix filter (each name's rarest bigrams)
 * yields only candidates that can reach the threshold. `similarGroups` joins similar names into groups.
 *
 * Why the prefix filter is exact: Dice counts bigram occurrences, so a name of n bigrams is a set of n
 * tokens (the k-th occurrence of a bigram is its own token). A pair reaching t shares at least
 * ⌈t/(2−t) · n⌉ tokens with the other name (length bound), so it shares one among the first
 * n − ⌈t/(2−t) · n⌉ + 1 tokens of each, in one global order (rarest first).
 */
import { foldDiacritics } from '../util/fold-diacritics.js';

/** Lower case, no diacritics, đ→d, letters and digits of any script, single spaces. */
export function normaliseName(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Dice coefficient of character bigrams, 0–1; names with fewer than three letters or digits are not compared. */
export function similarity(a: string, b: string): number {
  if (a.replace(/ /g, '').length < 3 || b.replace(/ /g, '').length < 3) return 0;
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let both = 0;
  for (const [g, n] of ga) both += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * both) / total;
}


function tokens(name: string): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let k = 0; k < name.length - 1; k++) {
    const g = name.slice(k, k + 2);
    const n = seen.get(g) ?? 0;
    seen.set(g, n + 1);
    out.push(n === 0 ? g : `${g}#${n}`);
  }
  return out;
}

/** How many values two ascending arrays share (a merge). */
function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both;
}

/** Pairs [i, j, similarity] with i < j, sorted, of names at least `threshold` similar (0 < threshold ≤ 1). */
export function similarPairs(names: readonly string[], threshold: number): [number, number, number][] {
  // Equal names: one representative each, compared once; its copies pair with each other and with its partners.
  const rep = new Map<string, number[]>();
  names.forEach((n, i) => (rep.get(n) ?? rep.set(n, []).get(n)!).push(i));
  const distinct = [...rep.keys()];
  // Tokens become numbers in the global order (rarest first, then by text): each name is an ascending array,
  // its prefix is its first numbers, and two names are compared by merging their arrays.
  const toks = distinct.map(tokens);
  const freq = new Map<string, number>();
  for (const ts of toks) for (const t of ts) freq.set(t, (freq.get(t) ?? 0) + 1);
  const order = [...freq.keys()].sort((a, b) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(order.map((t, r) => [t, r]));
  const sets = toks.map((ts) => Int32Array.from(ts, (t) => rank.get(t)!).sort());
  const ratio = threshold / (2 - threshold);
  const index: number[][] = Array.from({ length: order.length }, () => []);
  const distinctPairs: [number, number, number][] = [];
  const tried = new Int32Array(distinct.length).fill(-1);
  const comparable = distinct.map((n) => n.replace(/ /g, '').length >= 3);
  sets.forEach((mine, i) => {
    const n = mine.length;
    const prefix = n - Math.ceil(ratio * n - 1e-9) + 1;
    for (let p = 0; p < prefix && p < n; p++) {
      for (const j of index[mine[p]!]!) {
        if (tried[j] === i) continue;
        tried[j] = i;
        const other = sets[j]!;
        const [small, large] = n < other.length ? [n, other.length] : [other.length, n];
        if (small < ratio * large - 1e-9) continue;
        if (!comparable[i] || !comparable[j]) continue;
        const s = (2 * shared(mine, other)) / (n + other.length);
        if (s >= threshold) distinctPairs.push([j, i, s]);
      }
    }
    for (let p = 0; p < prefix && p < n; p++) index[mine[p]!]!.push(i);
  });
  const out: [number, number, number][] = [];
  const push = (a: number, b: number, s: number) => out.push(a < b ? [a, b, s] : [b, a, s]);
  distinct.forEach((n) => {
    const copies = rep.get(n)!;
    const self = similarity(n, n);
    if (self >= threshold) for (let x = 0; x < copies.length; x++) for (let y = x + 1; y < copies.length; y++) push(copies[x]!, copies[y]!, self);
  });
  for (const [a, b, s] of distinctPairs) for (const i of rep.get(distinct[a]!)!) for (const j of rep.get(distinct[b]!)!) push(i, j, s);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Groups of names joined by similarity (connected components of the similar-pairs graph), each a sorted list
 * of indexes with at least two members; groups sorted by their first index. Linear in the names plus the
 * similar pairs of distinct names, however many copies of one name there are.
 */
export function similarGroups(names: readonly string[], threshold: number): number[][] {
  const rep = new Map<string, number>();
  const distinct: string[] = [];
  const of = names.map((n) => rep.get(n) ?? (rep.set(n, distinct.length), distinct.push(n) - 1));
  const parent = distinct.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const [a, b] of similarPairs(distinct, threshold)) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // A name that is not similar to itself (under 3 letters) is similar to nothing, not even its copies.
  const joins = distinct.map((n) => similarity(n, n) >= threshold);
  const groups = new Map<number, number[]>();
  of.forEach((d, i) => {
    if (!joins[d]) return;
    const r = find(d);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}
