/**
 * The two tiers of the locator give the same range for every node (issue #13: positions without a second
 * full parse). The fast tier (js-yaml events) answers or defers; whenever it answers, its range is the one
 * the precise tier (a composed `yaml` document) gives, key and value, on generated architectures, the
 * examples and generated YAML texts of every style.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArchitecture } from '../../scripts/bench/generate-lib.mjs';
import type { JsonPath } from '../../src/diagnostics/diagnostic.js';
import { parseYamlSafe } from '../../src/load/yaml-safe.js';
import { EventTree, YamlLocator } from '../../src/load/locate.js';
import { ROOT } from '../helpers/cli.js';
import { friendlyYamlTextArb, yamlTextArb } from './yaml-gen.js';

/** Every path into `value` (collections and scalars), plus one past the end of each collection. */
function paths(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    out.push([...prefix, 'no-such-key']);
  }
  return out;
}

/** Compares the tiers on every path of `text`; returns how many answers the fast tier gave. */
function agree(text: string): number {
  const value = parseYamlSafe('x.yaml', text).value;
  const fast = EventTree.build(text);
  if (!fast) return 0;
  const precise = new YamlLocator(text);
  let answered = 0;
  for (const p of paths(value)) {
    for (const atKey of [false, true]) {
      const r = fast.locate(p, atKey);
      if (!r) continue;
      answered++;
      expect(r, `${JSON.stringify(text.slice(0, 200))} ${JSON.stringify(p)} atKey=${atKey}`).toEqual(precise.locate(p, atKey));
    }
  }
  return answered;
}

describe('locator tiers agree', () => {
  it('on every node of generated architectures (all kinds, flow and block styles, Vietnamese text)', () => {
    let answered = 0;
    for (const seed of [1, 2, 3]) for (const [, text] of generateArchitecture({ entities: 300, seed, errors: 20 })) answered += agree(text);
    expect(answered).toBeGreaterThan(20_000);
  });

  it('on every node of the examples', () => {
    let answered = 0;
    const dir = path.join(ROOT, 'examples');
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) if (rel.endsWith('.yaml')) answered += agree(fs.readFileSync(path.join(dir, rel), 'utf8'));
    expect(answered).toBeGreaterThan(5_000);
  });

  it('on generated YAML texts of every style, damaged or not (fast-check, fixed seed)', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(yamlTextArb, friendlyYamlTextArb), (text) => {
        answered += agree(text);
      }),
      { seed: 20_261_205, numRuns: 1500 },
    );
    expect(answered).toBeGreaterThan(1000);
  });
});
