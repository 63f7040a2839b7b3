/**
 * The offsets the simple reader records for elements and their fields (src/load/element-spans.ts) place every
 * `elements[i]`, `elements[i].field` (key or value) and `elements[i].field[k]` exactly where the precise locator (a composed `yaml`
 * document) does — or defer to it (issue #13: positions without a second full parse).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArchitecture } from '../../scripts/bench/generate-lib.mjs';
import type { JsonPath } from '../../src/diagnostics/diagnostic.js';
import { fastPathPossible } from '../../src/load/fast-parse.js';
import { YamlLocator } from '../../src/load/locate.js';
import { GiveUp, parseSimpleYamlWithSpans } from '../../src/load/simple-yaml.js';
import { LineIndex } from '../../src/load/text.js';
import { ROOT } from '../helpers/cli.js';
import { elementFileTextArb } from './yaml-gen.js';

/** Sequence items the spans placed, over all calls of `agree`. */
let itemsPlaced = 0;

/** Compares the spans with the precise locator on every element, field, item and missing one of `text`; returns how many the spans placed. */
function agree(text: string): number {
  if (text.includes('\r') || !fastPathPossible(text)) return 0; // the simple reader's preconditions, as parseYamlFast checks them
  let parsed: ReturnType<typeof parseSimpleYamlWithSpans>;
  try {
    parsed = parseSimpleYamlWithSpans(text);
  } catch (e) {
    if (e instanceof GiveUp) return 0;
    throw e;
  }
  const items = parsed.value.elements;
  if (!Array.isArray(items)) return 0;
  const precise = new YamlLocator(text);
  const index = new LineIndex(text);
  const paths: JsonPath[] = [];
  items.forEach((item, i) => {
    paths.push(['elements', i], ['elements', i, 'no-such-key']);
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const [k, v] of Object.entries(item)) {
        paths.push(['elements', i, k], ['elements', i, k, 'x']);
        if (Array.isArray(v)) for (let n = 0; n <= v.length; n++) paths.push(['elements', i, k, n]);
        else paths.push(['elements', i, k, 0]);
      }
    }
  });
  paths.push(['elements', items.length], ['elements'], []);
  let placed = 0;
  for (const p of paths) {
    for (const atKey of [false, true]) {
      const got = parsed.spans.locate(p, atKey);
      if (!got) continue;
      placed++;
      if (p.length === 4 && typeof p[3] === 'number') itemsPlaced++;
      expect({ start: index.position(got[0]), end: index.position(got[1]) }, `${JSON.stringify(text.slice(0, 300))} ${JSON.stringify(p)} atKey=${atKey}`).toEqual(precise.locate(p, atKey));
    }
  }
  return placed;
}

describe('element spans', () => {
  it('place every element and field of generated architectures as the precise locator does', () => {
    let placed = 0;
    itemsPlaced = 0;
    for (const seed of [1, 2, 3]) for (const [, text] of generateArchitecture({ entities: 300, seed, errors: 20 })) placed += agree(text);
    expect(placed).toBeGreaterThan(10_000);
    expect(itemsPlaced).toBeGreaterThan(2_000);
  });

  it('place every element and field of the examples as the precise locator does', () => {
    let placed = 0;
    const dir = path.join(ROOT, 'examples');
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) if (rel.endsWith('.yaml')) placed += agree(fs.readFileSync(path.join(dir, rel), 'utf8'));
    expect(placed).toBeGreaterThan(2_000);
  });

  it('agree with the precise locator on random element files of every style, damaged or not (fast-check, fixed seed)', () => {
    let placed = 0;
    fc.assert(
      fc.property(elementFileTextArb, (text) => {
        placed += agree(text);
      }),
      { seed: 20_261_205, numRuns: 3000 },
    );
    expect(placed).toBeGreaterThan(2_000);
  });

  it('defer a quoted key, a block scalar and an empty value to the locator', () => {
    const text = 'elements:\n  - id: a\n    "name": x\n  - id: b\n    description: |\n      text\n    note:\n    owner: o\n';
    const { spans } = parseSimpleYamlWithSpans(text);
    expect(spans.locate(['elements', 0, 'id'], false)).toBeUndefined();
    expect(spans.locate(['elements', 1, 'description'], false)).toBeUndefined();
    expect(spans.locate(['elements', 1, 'note'], false)).toBeUndefined();
    expect(spans.locate(['elements', 1, 'owner'], false)).toEqual([text.lastIndexOf(' o') + 1, text.length - 1]);
  });
});
