/**
 * The rule tester: builds small repositories from YAML through the real pipeline (load → schema → model)
 * and runs one rule, asserting message ids and where findings point (element, field, index, manifest
 * path), never message text. Every case must be a valid repository, so a typo in a test cannot pass.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/check/run-rules.js';
import { validateRepository } from '../../src/pipeline.js';
import type { Rule } from '../../src/rules/types.js';
import { tempRepo } from '../helpers/cli.js';

export interface RuleCase {
  name?: string;
  /** Element list items, YAML, each starting with `- ` at column 0. An org-unit `bo` is always present. */
  elements?: string;
  framework?: string;
  date?: string;
  status?: 'draft' | 'approved';
  /** Extra top-level manifest YAML (contents, rules, waivers, horizon…). */
  manifest?: string;
  /** Extra `architecture:` fields, YAML flow entries (e.g. `horizon: 2030`). */
  architecture?: string;
  ministry?: string;
  /** A provincial architecture: the owner is this province id instead of a ministry. */
  province?: string;
  profile?: string;
  /** The assessment date (default: the architecture date). */
  asOf?: string;
  options?: Record<string, unknown>;
  /** Validation error codes this case expects (e.g. `graph/cycle`, which C39 also reports). */
  allowErrors?: string[];
}

export interface ExpectedFinding {
  messageId: string;
  element?: string;
  field?: string;
  index?: number;
  manifest?: (string | number)[];
  /** Message data the finding must carry (a subset). */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export const BASE_UNIT = `- {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current}`;

export function buildRepo(c: RuleCase): string {
  const arch = [`version: "1.0"`, `date: ${c.date ?? '2024-12-31'}`, `status: ${c.status ?? 'draft'}`, ...(c.architecture ? [c.architecture] : [])].join(', ');
  const owner = c.province ? `province: {code: ${c.province}, name: {vi: "Tỉnh"}}` : `ministry: {code: ${c.ministry ?? 'BYT'}, name: {vi: "Bộ Y tế"}}`;
  const manifest = `${owner}\nframework: "${c.framework ?? '3.0'}"\narchitecture: {${arch}}\n${c.manifest ?? ''}\n`;
  const items = `${BASE_UNIT}\n${c.elements ?? ''}`.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
  return tempRepo({ 'arch.yaml': manifest, 'elements.yaml': `elements:\n${items}\n` });
}

/** Runs one rule over a case; throws if the repository is not valid. */
export function runCase(rule: Rule, c: RuleCase) {
  const dir = buildRepo(c);
  try {
    const v = validateRepository(dir);
    const errors = v.diagnostics.filter((d) => d.severity === 'error' && !(c.allowErrors ?? []).includes(d.code));
    if (errors.length > 0 || !v.model) throw new Error(`test repository is invalid:\n${errors.map((d) => `${d.location?.file}:${d.location?.range?.start.line} ${d.code} ${d.message.en}`).join('\n')}`);
    const model = v.model;
    if (c.options) model.manifest.rules = { ...(model.manifest.rules ?? {}), [rule.meta.id]: { options: c.options as Record<string, string> } };
    const result = runRules(model, v.catalogues, { rules: [rule], ...(c.profile ? { profile: c.profile } : {}), ...(c.asOf ? { asOf: c.asOf } : {}) });
    return result.results[0]!;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const shape = (f: ExpectedFinding) => ({
  messageId: f.messageId,
  ...(f.element !== undefined ? { element: f.element } : {}),
  ...(f.field !== undefined ? { field: f.field } : {}),
  ...(f.index !== undefined ? { index: f.index } : {}),
  ...(f.manifest !== undefined ? { manifest: f.manifest } : {}),
});

export const ruleTester = {
  run(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[]; notApplicable?: RuleCase[] }): void {
    describe(`${rule.meta.id} ${rule.meta.slug}`, () => {
      cases.valid.forEach((c, i) => {
        it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          const r = runCase(rule, c);
          expect(r.status, JSON.stringify(r.reported)).toBe('pass');
          expect(r.reported).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          const r = runCase(rule, c);
          expect(r.status).toBe('fail');
          const sort = (a: ExpectedFinding[]) => a.map(shape).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
          expect(sort(r.reported.map((f) => ({ messageId: f.messageId, element: f.element, field: f.field, index: f.index, manifest: f.manifest })))).toEqual(sort(c.errors));
          for (const e of c.errors.filter((x) => x.data)) {
            const found = r.reported.find((f) => f.messageId === e.messageId && f.element === e.element && JSON.stringify({ ...f.data, ...e.data }) === JSON.stringify(f.data));
            expect(found, `a ${e.messageId} finding on ${e.element} with ${JSON.stringify(e.data)}; got ${JSON.stringify(r.reported.map((f) => f.data))}`).toBeDefined();
          }
          // Every finding is located: a file and a 1-based line.
          for (const d of r.findings) expect(d.location?.range?.start.line).toBeGreaterThan(0);
        });
      });
      (cases.notApplicable ?? []).forEach((c, i) => {
        it(`not applicable #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          expect(runCase(rule, c).status).toBe('not_applicable');
        });
      });
    });
  },
};
