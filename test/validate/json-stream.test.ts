/**
 * Issue #15 item 9: json and sarif reports are written in chunks, byte for byte what JSON.stringify writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapped, streamJson, streamPrettyJson, streamedItems } from '../../src/format/json-stream.js';

const whole = (doc: Record<string, unknown>, key: string, items: unknown[]) => `${JSON.stringify({ ...doc, [key]: items }, null, 2)}\n`;
const streamed = (doc: Record<string, unknown>, key: string, items: unknown[]) => [...streamJson({ ...doc, [key]: streamedItems() }, mapped(items, (x) => x))];

describe('streamJson', () => {
  it('writes exactly what JSON.stringify writes, for no item, one, and nested ones at any depth', () => {
    const nested = (items: unknown[]) => ({ runs: [{ tool: { name: 'arch' }, results: items }] });
    for (const items of [[], [1], [{ a: 'x\ny', b: [1, [2, {}]], c: [] }, 'é"\\', null]]) {
      expect(streamed({ head: 1 }, 'list', items).join('')).toBe(whole({ head: 1 }, 'list', items));
      expect([...streamJson({ runs: [{ tool: { name: 'arch' }, results: streamedItems() }] }, items)].join('')).toBe(`${JSON.stringify(nested(items), null, 2)}\n`);
    }
  });

  it('agrees with JSON.stringify on generated items (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), (items) => {
        expect(streamed({ before: 'a', after: ['z'] }, 'items', items).join('')).toBe(whole({ before: 'a', after: ['z'] }, 'items', items));
      }),
      { seed: 20_261_205, numRuns: 500 },
    );
  });

  it('yields chunks of bounded size for a long list, never the whole text at once', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ code: 'schema/enum', message: `finding ${i}`, range: { start: { line: i, column: 1 } } }));
    const chunks = streamed({}, 'diagnostics', items);
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    expect(chunks.join('')).toBe(whole({}, 'diagnostics', items));
  });
});

describe('streamPrettyJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes (fast-check, fixed seed; undefined, dates, nesting)', () => {
    const value = fc.oneof(fc.jsonValue(), fc.object({ values: [fc.constant(undefined), fc.date({ noInvalidDate: true }), fc.string(), fc.array(fc.oneof(fc.constant(undefined), fc.integer()))] }));
    fc.assert(
      fc.property(value, (v) => {
        expect([...streamPrettyJson(v)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
      { seed: 20_261_205, numRuns: 2000 },
    );
  });

  it('walks a large value piece by piece (small subtrees in one piece) with the same bytes, in bounded chunks', () => {
    const finding = (i: number) => ({ id: `f-${i}`, skipped: undefined, at: new Date(Date.UTC(2026, 0, 1 + (i % 28))), path: ['a', i, undefined, [i, {}]], empty: {} });
    const big = { rules: Array.from({ length: 40 }, (_, r) => ({ id: `C${r}`, note: undefined, findings: Array.from({ length: 300 }, (_, i) => finding(r * 300 + i)), evidence: { ids: Array.from({ length: 400 }, (_, i) => ({ id: i })) } })), list: [] };
    const chunks = [...streamPrettyJson(big)];
    expect(chunks.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200_000);
  });
});
