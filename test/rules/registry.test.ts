/** Meta-tests over the rule registry: metadata, legal sources, both languages, module names and tests. */
import { valueError } from '../../src/schema/registry.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile, PROFILE_IDS } from '../../src/catalog/profiles.js';
import { createRule } from '../../src/rules/create-rule.js';
import { inForceOn, RULE_DATA } from '../../src/rules/data.js';
import { RULES, getRule } from '../../src/rules/index.js';
import { citationOf, sourcesInForce, startDate } from '../../src/rules/legal-sources.js';
import { ROOT } from '../helpers/cli.js';

const RULES_DIR = path.join(ROOT, 'src/rules');
const TESTS_DIR = path.join(ROOT, 'test/rules');
const moduleFiles = fs.readdirSync(RULES_DIR).filter((f) => /^c\d{2}-.*\.ts$/.test(f)).sort();

/** DOMAIN.md §11: rules whose confidence column names [S] (alone or with M/I), and the [M]-only ones. */
const S_RULES = ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C13', 'C14', 'C15', 'C18', 'C19', 'C20', 'C21', 'C22', 'C23', 'C24', 'C25', 'C26', 'C27', 'C28', 'C29', 'C30', 'C32', 'C33', 'C34', 'C35', 'C37', 'C38', 'C39', 'C41', 'C42', 'C43', 'C44', 'C45'];
const M_ONLY = ['C11', 'C12', 'C16', 'C17', 'C31', 'C36'];

const filled = (l: { vi: string; en: string }) => l.vi.trim().length > 0 && l.en.trim().length > 0;
const documents = new Map(RULE_DATA.legalDocuments().map((d) => [d.id, d]));

describe('rule registry', () => {
  it('registers every rule module once, sorted by id, with at least 55 rules (issue #16)', () => {
    expect(RULES.length).toBe(moduleFiles.length);
    expect(RULES.length).toBeGreaterThanOrEqual(55);
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

  it('declares a JSON Schema for every rule option, which its default meets', () => {
    const options = RULES.flatMap(({ meta }) => Object.entries(meta.options ?? {}).map(([name, o]) => ({ at: `${meta.id}.${name}`, o })));
    expect(options.length).toBeGreaterThan(0);
    for (const { at, o } of options) expect(valueError(o.schema, o.default), at).toBeUndefined();
    expect(valueError({ type: 'integer', minimum: 1, maximum: 10 }, 'two')).toBe('must be integer');
  });

  it('never defaults an unverified rule to error: a reading not checked against its text is at most a warning', () => {
    expect(RULES.filter(({ meta }) => meta.confidence === 'unverified' && meta.defaultSeverity === 'error').map(({ meta }) => meta.id)).toEqual([]);
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

describe('legal sources of the rules (data/catalogues/legal-documents.json)', () => {
  it('every citation names a document legal-documents.json holds', () => {
    const unknown = RULES.flatMap(({ declared }) => declared.sources.filter((c) => !documents.has(c.doc)).map((c) => `${declared.id}: ${c.doc}`));
    expect(unknown).toEqual([]);
  });

  it('a rule citing an unknown document fails as soon as its metadata is read', () => {
    const rule = createRule({ ...getRule('C06')!.declared, sources: [{ doc: 'nd-0-1900', article: 'Điều 1' }] }, () => {});
    expect(() => rule.meta).toThrow("rule C06 cites 'nd-0-1900', which data/catalogues/legal-documents.json does not hold");
  });

  it('no rule starts before its main source takes effect unless it declares another start', () => {
    const early = RULES.filter(({ declared, meta }) => {
      if (declared.validFrom === undefined || typeof declared.validFrom === 'object') return false;
      const effective = documents.get(declared.sources[0]!.doc)?.effective;
      return !effective || !meta.validFrom || meta.validFrom < effective;
    });
    expect(early.map((r) => r.meta.id)).toEqual([]);
  });

  it('no rule cites a text that is repealed by the day the rule starts, nor ends without a repeal or deadline the data records', () => {
    const stale = RULES.flatMap(({ declared, meta }) =>
      declared.sources.filter((c) => {
        const repealed = documents.get(c.doc)?.repealedOn;
        return repealed !== undefined && meta.validFrom !== undefined && repealed <= meta.validFrom;
      }).map((c) => `${meta.id}: ${c.doc}`),
    );
    expect(stale).toEqual([]);
    const recorded = new Set([...documents.values()].flatMap((d) => [d.repealedOn, d.effective, ...(d.deadlines ?? []).map((x) => x.date)]).filter(Boolean));
    const ends = RULES.filter(({ meta }) => meta.validUntil !== undefined && !recorded.has(meta.validUntil)).map(({ meta }) => `${meta.id}: ${meta.validUntil}`);
    expect(ends).toEqual([]);
  });

  it('no rule applies on a day when none of the texts it cites exists yet or any longer', () => {
    // A rule without a start date applies from its first framework's date. Exempt, with their reason:
    // C39/C40 check the roadmap's own consistency by the method of the 2.0 guide, dated by its year only;
    // C41/C42 check the owner against the catalogues of ministries and provinces in force on the architecture date,
    // whose entries carry their own sources (the rules cite the reorganisations of 2025);
    // C44's findings cite the text that repealed the cited one (Finding.sources), its own sources are examples.
    const EXEMPT = ['C39', 'C40', 'C41', 'C42', 'C44'];
    const exists = (id: string, day: string) => inForceOn(documents.get(id)!, day);
    const bare = RULES.filter(({ meta }) => {
      const first = meta.profiles.map((p) => getProfile(p)?.validFrom ?? '').sort()[0] ?? '';
      const start = meta.validFrom && meta.validFrom > first ? meta.validFrom : first;
      return !meta.sources.some((s) => exists(s.doc, start));
    }).map(({ meta }) => meta.id);
    expect(bare).toEqual(EXEMPT);
  });

  it('a rule marked verified that cites an unverified text says which part is not verified', () => {
    const silent = RULES.filter(({ meta }) => meta.confidence === 'verified' && meta.sources.some((s) => !s.verified) && !meta.confidenceNote).map(({ meta }) => meta.id);
    expect(silent).toEqual([]);
  });

  it('a report cites the sources in force on its assessment date, all of them when none is', () => {
    const c43 = getRule('C43')!.meta;
    const on = (date: string) => sourcesInForce(c43.sources, date, 'C43').map((s) => s.document);
    expect(on('2025-12-31')).toEqual(['NĐ 13/2023/NĐ-CP', 'QĐ 292/QĐ-BKHCN (25/03/2025)']);
    expect(on('2026-01-01')).toEqual(['NĐ 356/2025/NĐ-CP', 'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15', 'QĐ 292/QĐ-BKHCN (25/03/2025)']);
    expect(sourcesInForce(getRule('C42')!.meta.sources, '2015-01-01', 'C42')).toBe(getRule('C42')!.meta.sources);
  });

  it('a declared start is a date the data records, and differs from the main source\'s effective date', () => {
    for (const { declared, meta } of RULES) {
      if (typeof declared.validFrom !== 'object') continue;
      expect(meta.validFrom, declared.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta.validFrom, `${declared.id}: validFrom: 'source' would do`).not.toBe(documents.get(declared.sources[0]!.doc)?.effective);
    }
    expect(() => startDate('source', { id: 'C99', sources: [{ doc: 'nd-278-2025' }] })).toThrow("rule C99 starts on the effective date of 'nd-278-2025', which data/catalogues/legal-documents.json does not record");
  });

  it('resolves a citation to the document\'s citation, title, URL, effective date and verified flag', () => {
    const c09 = getRule('C09')!.meta.sources[0];
    expect(c09).toEqual({
      document: 'NĐ 85/2016/NĐ-CP',
      article: 'Điều 7, Điều 8',
      url: 'https://lawnet.vn/thong-tin-phap-luat/khac/cac-tieu-chi-xac-dinh-cap-do-cua-he-thong-thong-tin-108212.html',
      doc: 'nd-85-2016',
      title: { vi: 'Bảo đảm an toàn hệ thống thông tin theo cấp độ', en: 'Security of information systems by level' },
      effective: '2016-07-01',
      verified: true,
    });
    expect(getRule('C02')!.meta.sources[0]!.url).toBe('https://qlqh.laocai.gov.vn/vi/bai-viet/10050');
    expect(getRule('C03')!.meta.sources.map((s) => s.url)).toEqual(['https://qlqh.laocai.gov.vn/vi/bai-viet/10050', undefined]);
  });

  it('cites a document by kind and number, with its date where the number carries no year', () => {
    const cite = (id: string) => citationOf(documents.get(id)!);
    expect(cite('nd-85-2016')).toBe('NĐ 85/2016/NĐ-CP');
    expect(cite('qd-2323-2019')).toBe('QĐ 2323/QĐ-BTTTT (31/12/2019)');
    expect(cite('cv-235-2020')).toBe('CV 235/CATTT-ATHTTT (08/04/2020)');
    expect(cite('luat-86-2015')).toBe('Luật An toàn thông tin mạng 86/2015/QH13');
    expect(cite('tcvn-11930-2017')).toBe('TCVN 11930:2017');
    expect(cite('bg-attt-2025')).toBe('Bàn giao chức năng quản lý nhà nước về an toàn thông tin (28/02/2025, hiệu lực 01/03/2025)');
    expect(cite('hd-thh-2020')).toBe('Cục Tin học hóa, Hướng dẫn xây dựng Kiến trúc CPĐT phiên bản 2.0 (2020)');
  });
});
