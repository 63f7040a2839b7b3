/**
 * Pairs of names whose bigram Dice similarity (check/shortcomings.ts `similarity`) reaches a threshold, without
 * comparing every pair: an inverted index of bigrams yields only pairs that share one, and the length bound of
 * Dice (a pair can reach t only if the shorter has at least t/(2−t) of the longer's bigrams) skips the rest.
 * Exact: the same pairs as the exhaustive comparison.
 */
import { similarity } from '../check/shortcomings.js';

export function similarPairs(names: readonly string[], threshold: number): [number, number, number][] {
  const index = new Map<string, number[]>();
  const sizes = names.map((n, i) => {
    const seen = new Set<string>();
    for (let k = 0; k < n.length - 1; k++) seen.add(n.slice(k, k + 2));
    for (const g of seen) (index.get(g) ?? index.set(g, []).get(g)!).push(i);
    return Math.max(n.length - 1, 0);
  });
  const ratio = threshold / (2 - threshold);
  const out: [number, number, number][] = [];
  const tried = new Set<number>();
  for (let i = 0; i < names.length; i++) {
    tried.clear();
    const n = names[i]!;
    for (let k = 0; k < n.length - 1; k++) {
      for (const j of index.get(n.slice(k, k + 2)) ?? []) {
        if (j <= i || tried.has(j)) continue;
        tried.add(j);
        const [small, large] = sizes[i]! < sizes[j]! ? [sizes[i]!, sizes[j]!] : [sizes[j]!, sizes[i]!];
        if (small < ratio * large) continue;
        const s = similarity(n, names[j]!);
        if (s >= threshold) out.push([i, j, s]);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
