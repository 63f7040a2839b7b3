/**
 * ROBUSTNESS.md §7 C (rows 45–49): graph construction, through the built CLI as a separate process.
 * References are resolved and ids checked by the model before graphology sees anything, so every problem
 * is a located diagnostic, never a graphology exception.
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { expectFindings, expectNoCrash, findings, repoFromFixture, repoWith, validate } from './harness.js';

describe('ROBUSTNESS §7 C: graph construction (built CLI, one process per row)', () => {
  it('C45 dependsOn: [nope, constructor, prototype] — unresolved at each reference value (no prototype lookup)', () => {
    const r = validate(repoFromFixture('C45-dangling-reference'));
    expectFindings(r, 1, ['a.yaml:11:17 error model/unresolved-ref', 'a.yaml:11:23 error model/unresolved-ref', 'a.yaml:11:36 error model/unresolved-ref']);
    expect(r.stderr).toContain('Reference "constructor" does not match any element');
  });

  it('C46 the same id in a.yaml and b.yaml: one error citing both positions', () => {
    const r = validate(repoFromFixture('C46-duplicate-id'));
    expectFindings(r, 1, ['b.yaml:3:9 error model/duplicate-id']);
    expect(r.stderr).toContain('Duplicate id "api" (also used at a.yaml:7:9)');
    expect(r.stderr).toContain('↳ a.yaml:7:9 First declaration');
  });

  it('C47 ids 1 and "1", and an upper-case id: a number is not an id, ids are lower-case, so nothing collides', () => {
    const r = validate(repoFromFixture('C47-id-type-and-case'));
    expectFindings(r, 1, ['a.yaml:12:9 error schema/type', 'a.yaml:17:9 error schema/pattern']);
  });

  it('C48 a cycle a→b→c→a and a self-dependency: the cycle with every edge position, and the self-reference', () => {
    const r = validate(repoFromFixture('C48-cycles'));
    expectFindings(r, 1, ['a.yaml:11:17 warning graph/cycle', 'a.yaml:29:17 error model/self-reference']);
    expect(r.stderr).toContain('Dependency cycle between 3 elements: he-thong-a → he-thong-b → he-thong-c → he-thong-a');
    for (const at of ['a.yaml:11:17 he-thong-a dependsOn he-thong-b', 'a.yaml:17:17 he-thong-b dependsOn he-thong-c', 'a.yaml:23:17 he-thong-c dependsOn he-thong-a']) expect(r.stderr).toContain(`↳ ${at}`);
  });

  describe('C49 a 20,000-element dependency cycle (40,000 edges) within the input limits, 512 MB heap', () => {
    const N = 20_000;
    const PER = 9_999;
    const files: Record<string, string> = { 'units.yaml': 'elements:\n  - {kind: org-unit, id: cuc, name: {vi: "Cục"}, status: current}\n' };
    for (let f = 0; f * PER < N; f++) {
      const items: string[] = [];
      for (let i = f * PER; i < Math.min(N, (f + 1) * PER); i++) items.push(`  - {kind: information-system, id: s-${i}, name: {vi: "S ${i}"}, status: current, owner: cuc, dependsOn: [s-${(i + 1) % N}]}`);
      files[`f${f}.yaml`] = `elements:\n${items.join('\n')}\n`;
    }
    const repo = repoWith(files);

    it('validate: the whole cycle found iteratively (no stack overflow), reported once', () => {
      const r = validate(repo);
      expectFindings(r, 0, ['f0.yaml:2:101 warning graph/cycle']);
      expect(findings(r.stderr)[0]!.message).toMatch(/^Dependency cycle between 20000 elements: s-0 → s-1 → /);
    });

    it('graph --format json: every node and edge', () => {
      const r = spawnCli(['graph', '.', '--format', 'json'], { cwd: repo, timeoutMs: 120_000 });
      expectNoCrash(r);
      const g = JSON.parse(r.stdout) as { nodes: unknown[]; edges: unknown[] };
      expect(g.nodes).toHaveLength(N + 1);
      expect(g.edges).toHaveLength(2 * N);
    });

    it('impact with --depth: bounded walk', () => {
      const r = spawnCli(['impact', 's-5', '.', '--direction', 'down', '--depth', '3', '--format', 'json'], { cwd: repo, timeoutMs: 120_000 });
      expectNoCrash(r);
      const out = JSON.parse(r.stdout) as { entries?: { id: string }[] } | { id: string }[];
      const ids = (Array.isArray(out) ? out : (out.entries ?? [])).map((e) => e.id);
      expect(ids).toEqual(['s-6', 's-7', 's-8']);
    });
  });
});
