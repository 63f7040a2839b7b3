/**
 * The portfolio's similar-name finder (src/check/similar-names.ts) returns exactly the pairs that comparing
 * every pair finds, on random names (fast-check, fixed seed) and on near-duplicates made on purpose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, similarity } from '../../src/check/similar-names.js';
import { similarGroups, similarPairs } from '../../src/check/similar-names.js';

/** Every pair compared with `similarity`. */
function exhaustive(names: readonly string[], t: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
    const s = similarity(names[i]!, names[j]!);
    if (s >= t) out.push([i, j, s]);
  }
  return out;
}

/** The same, with each name's bigrams counted once (the arithmetic of `similarity`, checked against it below): for 2,000 names. */
function exhaustiveFast(names: readonly string[], t: number): [number, number, number][] {
  const grams = names.map((s) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  });
  const comparable = names.map((n) => n.replace(/ /g, '').length >= 3);
  const out: [number, number, number][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
    let s = 0;
    if (comparable[i] && comparable[j]) {
      if (names[i] === names[j]) s = 1;
      else {
        let both = 0;
        for (const [g, n] of grams[i]!) both += Math.min(n, grams[j]!.get(g) ?? 0);
        const total = Math.max(names[i]!.length - 1, 0) + Math.max(names[j]!.length - 1, 0);
        s = total === 0 ? 0 : (2 * both) / total;
      }
    }
    if (s >= t) out.push([i, j, s]);
  }
  return out;
}

const WORDS = ['he thong', 'thong tin', 'co so', 'du lieu', 'ho tich', 'dan cu', 'giay phep', 'lai xe', 'dich vu', 'cong', 'tinh', 'thanh pho', 'quan ly', 'bao cao', 'y te', 'ha noi', 'da nang'];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => normaliseName(w.join(' ')));
const noisy = fc.tuple(name, fc.string({ maxLength: 3 })).map(([n, s]) => normaliseName(`${n}${s}`));

describe('similarPairs', () => {
  it('finds exactly the pairs of the exhaustive comparison (random names, several thresholds)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(name, noisy), { maxLength: 300 }), fc.constantFrom(0.6, 0.85, 0.95, 1), (names, t) => {
        expect(similarPairs(names, t)).toEqual(exhaustive(names, t));
      }),
      { seed: 18, numRuns: 60 },
    );
  });

  it('finds them at 2,000 names too', () => {
    const names = fc.sample(fc.oneof(name, noisy), { seed: 7, numRuns: 2000 });
    expect(exhaustiveFast(names.slice(0, 300), 0.6)).toEqual(exhaustive(names.slice(0, 300), 0.6));
    for (const t of [0.7, 0.85]) {
      const pairs = similarPairs(names, t);
      expect(pairs.length).toBeGreaterThan(1000);
      expect(pairs).toEqual(exhaustiveFast(names, t));
    }
  });
});

function exhaustiveGroups(names: readonly string[], t: number): number[][] {
  const parent = names.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [i, j] of exhaustive(names, t)) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  const groups = new Map<number, number[]>();
  names.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}

describe('similarGroups', () => {
  it('are the connected components of the exhaustive comparison', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(name, noisy, fc.constantFrom('ab', 'x', '')), { maxLength: 200 }), fc.constantFrom(0.6, 0.85, 1), (names, t) => {
        expect(similarGroups(names, t)).toEqual(exhaustiveGroups(names, t));
      }),
      { seed: 19, numRuns: 60 },
    );
  });

  it('stay linear when thousands of agencies repeat one name', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => normaliseName(i % 2 ? 'Hệ thống quản lý văn bản và điều hành' : 'He thong quan ly van ban va dieu hanh!'));
    const groups = similarGroups(names, 0.85);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(20_000);
  });
});
