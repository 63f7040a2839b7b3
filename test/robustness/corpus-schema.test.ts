/**
 * ROBUSTNESS.md §7 B (rows 37–44): schema validation with ajv, through the built CLI as a separate process,
 * plus the ajv settings that the CLI cannot reach (user schemas do not exist, so remote $ref and
 * `required: ["toString"]` are checked on our ajv instance directly).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/registry.js';
import { ROOT } from '../helpers/cli.js';
import { UNIT, expectFindings, expectNoCrash, findings, lines, repoFromFixture, repoWith, validate } from './harness.js';

/**
 * A quantified group whose body ends in a quantified atom — `(a+)+`, `(\w+\s?)*` — backtracks exponentially,
 * unless each repetition starts with a separator the inner class cannot match: `(?:-[a-z0-9]+)*`,
 * `(?:[-_.][a-z0-9]+)*` (the only shape our schemas use).
 */
const QUANTIFIED_GROUP = /\((?:\?:)?((?:\[[^\]]*\]|\\.|[^()[\]])*[+*?])\)[+*{]/g;
const SEPARATED = /^(?:\[[-_.:/ ]+\]|\\?[-_.:/ ])\[[a-zA-Z0-9-]+\][+*]$/;
const backtracks = (pattern: string): boolean => [...pattern.matchAll(QUANTIFIED_GROUP)].some((m) => !SEPARATED.test(m[1]!));

const system = (id: string, extra = '') => `  - kind: information-system
    id: ${id}
    name: {vi: "Hệ thống ${id}"}
    status: current
    owner: cuc-cntt
${extra}`;

describe('ROBUSTNESS §7 B: schema validation (built CLI, one process per row)', () => {
  it('B37 wrong type, missing required field, unknown property: one error each, at the value / parent map / key', () => {
    const r = validate(repoFromFixture('B37-type-required-unknown'));
    expectFindings(r, 1, ['a.yaml:8:11 error schema/type', 'a.yaml:11:5 error schema/required', 'a.yaml:19:5 error schema/unknown-property']);
    expect(r.stderr).toContain('Missing required property "status"');
    expect(r.stderr).toContain('did you mean "owner"?');
  });

  it('B38 fields named toString / hasOwnProperty / valueOf are unknown own properties, and inherited members never satisfy required', () => {
    const r = validate(repoFromFixture('B38-prototype-named-fields'));
    expectFindings(r, 1, [
      'a.yaml:6:5 error schema/required',
      'a.yaml:6:5 error schema/required',
      'a.yaml:6:5 error schema/required',
      'a.yaml:8:5 error schema/unknown-property',
      'a.yaml:9:5 error schema/unknown-property',
      'a.yaml:10:5 error schema/unknown-property',
    ]);
    // ownProperties: true — `required: ["toString"]` fails on {} with our ajv settings.
    const ajv = createAjv();
    const check = ajv.compile({ type: 'object', properties: { toString: { type: 'string' }, constructor: { type: 'string' } }, required: ['toString', 'constructor'] });
    expect(check({})).toBe(false);
    expect(check.errors?.map((e) => e.params)).toEqual([{ missingProperty: 'toString' }, { missingProperty: 'constructor' }]);
  });

  it('B39 a 60,000-character id against the id pattern (maxLength does not guard it under allErrors): bounded, two findings', () => {
    const id = `${'a-'.repeat(30_000)}!`;
    const r = validate(repoWith({ 'a.yaml': `elements:\n  - kind: org-unit\n    id: "${id}"\n    name: {vi: "x"}\n    status: current\n` }), [], {});
    expectFindings(r, 1, ['a.yaml:3:9 error schema/pattern', 'a.yaml:3:9 error schema/range']);
    // The echoed value is clipped, not 60,000 characters of terminal output.
    expect(r.stderr.length).toBeLessThan(2000);
  });

  it('B39 every pattern in the bundled schemas is free of nested quantifiers (no catastrophic backtracking)', () => {
    const patterns: string[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'pattern' && typeof x === 'string') patterns.push(x);
          else visit(x);
        }
      }
    };
    const dir = path.join(ROOT, 'schemas');
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) if (f.endsWith('.json')) visit(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(patterns.length).toBeGreaterThan(5);
    // The lint flags the textbook cases (so it can fail) and passes the separated shape.
    expect(['^(a+)+$', '^(\\w+\\s?)*$', '^[a-z]+(?:-[a-z0-9]+)*$', '^(?:[-_.][a-z0-9]+)*$'].map(backtracks)).toEqual([true, true, false, false]);
    const risky = patterns.filter(backtracks);
    expect(risky).toEqual([]);
  });

  it('B40 since: 2024-13-45 (format date): schema/format at the value', () => {
    const r = validate(repoFromFixture('B40-bad-date'));
    expectFindings(r, 1, ['arch.yaml:3:38 error schema/format']);
    expect(r.stderr).toContain('Value "2024-13-45" is not a valid date');
  });

  it('B41 $schema / $ref pointing at a remote URL in a repository file: unknown properties, nothing fetched', () => {
    const r = validate(repoFromFixture('B41-remote-schema-ref'));
    expectFindings(r, 1, ['a.yaml:2:1 error schema/unknown-property', 'a.yaml:3:1 error schema/unknown-property']);
  });

  it('B41 our ajv never fetches a remote $ref: compiling one fails synchronously (no loadSchema)', () => {
    const ajv = createAjv();
    expect(ajv.opts.loadSchema).toBeUndefined();
    expect(() => ajv.compile({ $ref: 'https://evil.example/x.json' })).toThrow(/can't resolve reference https:\/\/evil\.example\/x\.json/);
  });

  it('B42 10,000 invalid items: 100 schema errors for the file, then one "N more" note', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `  - {kind: org-unit, id: u${i}, status: bogus}`).join('\n');
    const r = validate(repoWith({ 'a.yaml': `elements:\n${items}\n` }), [], {});
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const got = findings(r.stderr);
    expect(got.filter((f) => f.severity === 'error')).toHaveLength(100);
    expect(got.filter((f) => f.code === 'schema/too-many-errors').map((f) => `${f.where} ${f.severity}`)).toEqual(['a.yaml:1:1 info']);
    expect(r.stderr).toMatch(/\d+ more schema errors in this file are not listed/);
  });

  it('B43 a 15,000-item dependsOn with repeats (uniqueItems): rejected by maxItems and uniqueItems, bounded', () => {
    const refs = Array.from({ length: 15_000 }, () => 'he-thong-b').join(', ');
    const r = validate(repoWith({ 'a.yaml': `${UNIT}${system('he-thong-a', `    dependsOn: [${refs}]\n`)}${system('he-thong-b')}` }), [], {});
    expectFindings(r, 1, ['a.yaml:11:16 error schema/range', 'a.yaml:11:16 error schema/range']);
    expect(r.stderr).toContain('must have at most 500 items');
    expect(r.stderr).toContain('must not repeat items');
  });

  it('B43 a 100,000-item array never reaches ajv: yaml/too-many-entries in the loader', () => {
    const refs = Array.from({ length: 100_000 }, (_, i) => `r${i}`).join(', ');
    const r = validate(repoWith({ 'a.yaml': `${UNIT}${system('he-thong-a', `    dependsOn: [${refs}]\n`)}` }));
    expectFindings(r, 1, ['a.yaml:11:16 error yaml/too-many-entries']);
  });

  it('B44 securityLevel: 1e300 (ajv alone accepts it as an integer) and 2^53+1: both rejected', () => {
    const r = validate(repoFromFixture('B44-huge-numbers'));
    expectFindings(r, 1, ['a.yaml:11:20 error schema/range', 'b.yaml:7:20 error yaml/bad-number']);
  });

  it('10,000 ids and 3,000 dangling references: finishes (suggestions are bounded), one finding per reference', () => {
    const units = Array.from({ length: 10_000 }, (_, i) => `  - {kind: org-unit, id: unit-${i}, name: {vi: "Đơn vị ${i}"}, status: current}`).join('\n');
    const refs = Array.from({ length: 3_000 }, (_, i) => `unit-x${i}`);
    const systems = refs.map((ref, i) => `  - {kind: information-system, id: s-${i}, name: {vi: "S"}, status: current, owner: ${ref}}`).join('\n');
    const dir = repoWith({ 'a.yaml': `elements:\n${units}\n`, 'b.yaml': `elements:\n${systems}\n` });
    const r = validate(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const got = lines(r);
    // The human format shows 200 findings per file and says how many more; JSON has every one.
    expect(got.filter((l) => l.endsWith('model/unresolved-ref'))).toHaveLength(200);
    expect(r.stderr).toContain('2800 more findings in this file are not shown');
    expect((r.stderr.match(/did you mean/g) ?? []).length).toBeLessThanOrEqual(100);
    const json = validate(dir, ['--format', 'json']);
    const codes = (JSON.parse(json.stdout).diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes.filter((c) => c === 'model/unresolved-ref')).toHaveLength(3_000);
  });
});
