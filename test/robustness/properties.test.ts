/**
 * Property-based tests (ROBUSTNESS.md §5.5) with fast-check and fixed seeds, so CI is reproducible;
 * a failure prints the seed and the shrunk counterexample.
 * - totality: any bytes or token soup → data, or diagnostics with file:line:col; never a throw;
 * - round trip: data of our model → yaml.stringify → loader → the same data;
 * - graph: impact of X holds exactly the elements with a dependency path to X, at shortest distance;
 *   every reported cycle is a real cycle, and there is one whenever the graph is cyclic;
 * - include patterns: any string → a regex that never matches a path leaving the repository, or a reason.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findCycles, impact } from '../../src/graph/index.js';
import type { ArchitectureGraph, GraphEdge, GraphNode } from '../../src/graph/index.js';
import { compileGlob } from '../../src/load/glob.js';
import { BIDI_CHARS, CONTROL_CHARS, decodeUtf8 } from '../../src/load/text.js';
import { parseYamlSafe } from '../../src/load/yaml-safe.js';

const SEED = 20_261_129;
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** What the loader must return for any text: a value without errors, or no value and ≥ 1 positioned error. */
function expectTotal(text: string): void {
  const r = parseYamlSafe('f.yaml', text);
  const lines = text.split('\n').length;
  for (const d of r.diagnostics) {
    expect(d.location?.file).toBe('f.yaml');
    const s = d.location!.range!.start;
    expect(s.line).toBeGreaterThanOrEqual(1);
    expect(s.line).toBeLessThanOrEqual(lines);
    expect(s.column).toBeGreaterThanOrEqual(1);
    expect(d.message.en.length).toBeGreaterThan(0);
  }
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.value === undefined) expect(errors.length).toBeGreaterThan(0);
  else {
    expect(errors).toEqual([]);
    expect(() => JSON.stringify(r.value)).not.toThrow();
  }
}

const TOKENS = ['[', ']', '{', '}', ':', ': ', '- ', '? ', ',', '&a ', '*a', '!t ', '!!str ', '"', "'", '\n', '\r\n', '  ', '\t', '# c', '---', '...', '%YAML 1.2\n', '%TAG ! x\n', 'a', 'key', '1', '0x1F', '.inf', '9007199254740993', '|', '>-', '\\', '\\e', 'null', '~', '<<', '__proto__', '\u202e', '\u0085', '\u2028', '\ufeff', '\u0000', 'é'];

describe('loader totality (fast-check, fixed seed)', () => {
  it('any bytes, decoded as the file reader does, give data or positioned diagnostics — never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if (decoded.ok) expectTotal(decoded.text);
      }),
      params(3000),
    );
  });

  it('any UTF-16 string (lone surrogates and control characters included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectTotal), params(3000));
  });

  it('any soup of YAML tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }), (tokens) => expectTotal(tokens.join(''))),
      params(5000),
    );
  });

  it('a syntax error injected at line k is reported at line k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (k) => {
        const text = `${Array.from({ length: k }, (_, i) => `k${i}: v`).join('\n')}${k ? '\n' : ''}bad: [unclosed\n`;
        const r = parseYamlSafe('f.yaml', text);
        expect(r.value).toBeUndefined();
        expect(r.diagnostics[0]!.location!.range!.start.line).toBeGreaterThanOrEqual(k + 1);
        expect(r.diagnostics[0]!.location!.range!.start.line).toBeLessThanOrEqual(k + 2);
      }),
      params(100),
    );
  });
});

/** Strings our data model accepts: well-formed, no control characters (bidi ones only warn). */
const okString = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed() && !CONTROL_CHARS.test(s);
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })).filter(okString);
const key = text.filter((k) => !['__proto__', 'constructor', 'prototype', '<<'].includes(k));
const scalar = fc.oneof(text, fc.boolean(), fc.constant(null), fc.maxSafeInteger(), fc.integer(), fc
  .double({ noNaN: true, noDefaultInfinity: true })
  // Integer-valued doubles beyond 2^53 print as integer literals, which the loader rejects on purpose ("quote it").
  .filter((d) => !Number.isInteger(d) || Number.isSafeInteger(d))
  .map((d) => (Object.is(d, -0) ? 0 : d)));
const { value: modelValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
}));

describe('round trip (fast-check, fixed seed)', () => {
  it('model data → yaml.stringify → loader → the same data', () => {
    fc.assert(
      fc.property(fc.dictionary(key, modelValue, { minKeys: 1, maxKeys: 6 }), (data) => {
        const yamlText = stringify(data, { aliasDuplicateObjects: false });
        const r = parseYamlSafe('f.yaml', yamlText);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.value).toEqual(data);
        // Bidi and invisible characters round-trip, with a warning each time.
        if (BIDI_CHARS.test(yamlText)) expect(r.diagnostics.some((d) => d.code === 'yaml/bidi')).toBe(true);
      }),
      params(1000),
    );
  });
});

/** A random graph over n nodes `n0…n{n-1}`, some edges dependencies, some not, self-loops allowed. */
const graphArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), dependency: fc.boolean() }), { maxLength: 25 }),
  }),
);

function toGraph(n: number, raw: { from: number; to: number; dependency: boolean }[]): ArchitectureGraph {
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'information-system', layer: 'application', name: { vi: `N${i}` }, external: false, props: {} }));
  const edges: GraphEdge[] = raw.map((e, i) => ({ from: `n${e.from}`, to: `n${e.to}`, field: e.dependency ? 'dependsOn' : 'satisfies', relation: 'r', inverse: 'ri', dependency: e.dependency, index: i }));
  return { nodes, edges, byId: new Map(nodes.map((x) => [x.id, x])) };
}

/** Shortest dependency-path lengths by Floyd–Warshall (an independent oracle); Infinity when unreachable. */
function distances(n: number, raw: { from: number; to: number; dependency: boolean }[]): number[][] {
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const e of raw) if (e.dependency && e.from !== e.to) d[e.from]![e.to] = 1;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d;
}

describe('graph invariants (fast-check, fixed seed)', () => {
  it('impact of X (up) holds exactly the elements with a dependency path to X, at the shortest distance, with a real path', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(8), ({ n, edges }, pick) => {
        const g = toGraph(n, edges);
        const d = distances(n, edges);
        const x = pick % n;
        const up = impact(g, `n${x}`, { direction: 'up' }).entries;
        const expected = Array.from({ length: n }, (_, i) => i).filter((i) => i !== x && d[i]![x]! < Infinity);
        expect(up.map((e) => e.id).sort()).toEqual(expected.map((i) => `n${i}`).sort());
        for (const e of up) {
          expect(e.distance).toBe(d[Number(e.id.slice(1))]![x]);
          // The path is made of real dependency edges, from the reached element down to X.
          expect(e.edges).toHaveLength(e.distance);
          for (const edge of e.edges) expect(edge.dependency).toBe(true);
        }
        const down = impact(g, `n${x}`, { direction: 'down' }).entries;
        expect(down.map((e) => e.id).sort()).toEqual(
          Array.from({ length: n }, (_, i) => i)
            .filter((i) => i !== x && d[x]![i]! < Infinity)
            .map((i) => `n${i}`)
            .sort(),
        );
      }),
      params(2000),
    );
  });

  it('every reported cycle is a real dependency cycle; a cyclic graph always reports one', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const g = toGraph(n, edges);
        const d = distances(n, edges);
        const cyclic = edges.some((e) => e.dependency && e.from !== e.to && d[e.to]![e.from]! < Infinity);
        const cycles = findCycles(g);
        expect(cycles.length > 0).toBe(cyclic);
        for (const c of cycles) {
          expect(c.edges).toHaveLength(c.nodes.length);
          c.edges.forEach((e, i) => {
            expect(e.dependency).toBe(true);
            expect(e.from).toBe(c.nodes[i]);
            expect(e.to).toBe(c.nodes[(i + 1) % c.nodes.length]);
          });
        }
      }),
      params(2000),
    );
  });
});

describe('include patterns (fast-check, fixed seed)', () => {
  const segment = fc.oneof(fc.constantFrom('..', '.', '', '*', '**', 'a', 'b.yaml', 'C:', '\\\\host', 'file:', '\u0000', '~'), fc.string({ maxLength: 6 }));
  // Discovery only ever yields repository-relative paths without "..", so the guarantee is lexical: a pattern
  // that compiles names a place inside the repository; anything else is rejected with a reason.
  it('any pattern compiles only if it stays inside the repository (no .., absolute, drive, UNC, URL, NUL); never throws', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (parts) => {
        const pattern = parts.join('/');
        const g = compileGlob(pattern);
        if (!g.ok) {
          expect(g.reason.en.length).toBeGreaterThan(0);
          return;
        }
        expect(pattern.split('/')).not.toContain('..');
        expect(pattern).not.toMatch(/^\/|^[A-Za-z]:|\\|\0|^[a-z]+:\/\//i);
      }),
      params(3000),
    );
  });
});
