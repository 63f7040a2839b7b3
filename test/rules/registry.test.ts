/** Meta-tests over the rule registry: metadata, legal sources, both languages, module names and tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS } from '../../src/catalog/profiles.js';
import { RULES, getRule } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const RULES_DIR = path.join(ROOT, 'src/rules');
const TESTS_DIR = path.join(ROOT, 'test/rules');
const moduleFiles = fs.readdirSync(RULES_DIR).filter((f) => /^c\d{2}-.*\.ts$/.test(f)).sort();

/** DOMAIN.md §11: rules whose confidence column names [S] (alone or with M/I), and the [M]-only ones. */
const S_RULES = ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C13', 'C14', 'C15', 'C18', 'C19', 'C20', 'C21', 'C22', 'C23', 'C24', 'C25', 'C26', 'C27', 'C28', 'C29', 'C30', 'C32', 'C33', 'C34', 'C35', 'C37', 'C38', 'C39', 'C41', 'C42', 'C43', 'C44', 'C45'];
const M_ONLY = ['C11', 'C12', 'C16', 'C17', 'C31', 'C36'];

const filled = (l: { vi: string; en: string }) => l.vi.trim().length > 0 && l.en.trim().length > 0;

describe('rule registry', () => {
  it('registers every rule module once, sorted by id, with at least 30 rules', () => {
    expect(RULES.length).toBe(moduleFiles.length);
    expect(RULES.length).toBeGreaterThanOrEqual(30);
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('includes every rule DOMAIN.md marks [S]', () => {
    for (const id of S_RULES) expect(getRule(id), id).toBeDefined();
  });

  it('ships [M]-only rules as info and unverified', () => {
    for (const id of M_ONLY) {
      const meta = getRule(id)?.meta;
      expect(meta?.defaultSeverity, id).toBe('info');
      expect(meta?.confidence, id).toBe('unverified');
    }
  });

  for (const { meta } of RULES) {
    describe(meta.id, () => {
      const file = `${meta.id.toLowerCase()}-${meta.slug}.ts`;
      it('lives in a module named by its id and slug', () => {
        expect(meta.id).toMatch(/^C\d{2}$/);
        expect(meta.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(moduleFiles).toContain(file);
      });
      it('has complete metadata in both languages', () => {
        expect(filled(meta.title)).toBe(true);
        expect(filled(meta.hint)).toBe(true);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        for (const [id, m] of Object.entries(meta.messages)) {
          expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(filled(m), `${meta.id} ${id}`).toBe(true);
        }
        expect(['business', 'data', 'application', 'technology', 'security', 'governance']).toContain(meta.category);
        expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
        expect(['verified', 'unverified']).toContain(meta.confidence);
        if (meta.confidence === 'unverified') expect(meta.confidenceNote && filled(meta.confidenceNote)).toBe(true);
        expect(meta.profiles.length).toBeGreaterThan(0);
        for (const p of meta.profiles) expect(PROFILE_IDS).toContain(p);
        if (meta.validFrom) expect(meta.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (meta.validUntil) expect(meta.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const o of Object.values(meta.options ?? {})) expect(filled(o.description)).toBe(true);
      });
      it('names a legal source', () => {
        expect(meta.sources.length).toBeGreaterThan(0);
        for (const s of meta.sources) {
          expect(s.document.trim().length).toBeGreaterThan(0);
          if (s.url) expect(s.url).toMatch(/^https:\/\//);
        }
      });
      it('has a test file that exercises every message id', () => {
        const testFile = path.join(TESTS_DIR, file.replace(/\.ts$/, '.test.ts'));
        expect(fs.existsSync(testFile), testFile).toBe(true);
        const test = fs.readFileSync(testFile, 'utf8');
        const source = fs.readFileSync(path.join(RULES_DIR, file), 'utf8');
        for (const id of Object.keys(meta.messages)) {
          expect(test, `${meta.id} test uses ${id}`).toContain(`messageId: '${id}'`);
          // Used by the check (a quoted id that is not the declaration key `'id': {`).
          expect(new RegExp(`'${id}'(?!\\s*:)`).test(source), `${meta.id} reports ${id}`).toBe(true);
        }
      });
    });
  }
});
