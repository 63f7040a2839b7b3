/**
 * Catalogues are data with their legal source: every entry says where the fact comes from and whether it was
 * checked against that source ([S]) or not yet ([M]); the architecture's date selects the entries in force.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalogues, inForce, NAMESPACES } from '../../src/catalog/catalog.js';
import { PROFILE_IDS, profiles } from '../../src/catalog/profiles.js';
import { instrumentDocument, repealVerified, RULE_DATA } from '../../src/rules/data.js';
import { ROOT } from '../helpers/cli.js';

const DATA = path.join(ROOT, 'data');
const files = [...fs.readdirSync(path.join(DATA, 'catalogues')).map((f) => `catalogues/${f}`), 'profiles.json'].sort();
const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(DATA, rel), 'utf8')) as Record<string, unknown>;

/** Every object of a JSON document that carries `source` or `verified`, with its JSON pointer. */
function cited(json: unknown, pointer = ''): { pointer: string; node: Record<string, unknown> }[] {
  if (Array.isArray(json)) return json.flatMap((x, i) => cited(x, `${pointer}/${i}`));
  if (json === null || typeof json !== 'object') return [];
  const node = json as Record<string, unknown>;
  const here = 'source' in node || 'verified' in node ? [{ pointer, node }] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => cited(v, `${pointer}/${k}`))];
}

describe('catalogue entries', () => {
  /** The entries of a catalogue file: `entries`, or the file-specific tables of the level catalogues. */
  const entriesOf = (rel: string): Record<string, unknown>[] => {
    const json = read(rel);
    if (rel.endsWith('security-levels.json')) return (json.levels as { criteria: Record<string, unknown>[] }[]).flatMap((l) => l.criteria);
    if (rel.endsWith('service-levels.json')) {
      const regimes = json.regimes as (Record<string, unknown> & { levels: Record<string, unknown>[] })[];
      return [...regimes, ...regimes.flatMap((r) => r.levels)];
    }
    return json.entries as Record<string, unknown>[];
  };

  it.each(files.filter((f) => f.startsWith('catalogues/')))('every entry of %s has a source and a boolean verified flag', (rel) => {
    const entries = entriesOf(rel);
    expect(Array.isArray(entries) && entries.length > 0).toBe(true);
    const bad = entries.filter((e) => typeof e.source !== 'string' || e.source.trim() === '' || typeof e.verified !== 'boolean');
    expect(bad.map((e) => e.id ?? e.code)).toEqual([]);
  });

  it.each(files)('in %s, every cited fact (criteria, levels, profiles…) pairs a source with a boolean verified', (rel) => {
    const bad = cited(read(rel)).filter(({ node }) => typeof node.source !== 'string' || node.source.trim() === '' || typeof node.verified !== 'boolean');
    expect(bad.map((b) => b.pointer)).toEqual([]);
  });

  it('verified and unverified facts both occur (the flag is not a constant)', () => {
    const flags = new Set(files.flatMap((rel) => cited(read(rel)).map(({ node }) => node.verified)));
    expect([...flags].sort()).toEqual([false, true]);
  });

  it('every namespace loads with unique, sorted ids and bilingual names', () => {
    const c = Catalogues.load();
    for (const ns of NAMESPACES) {
      const ids = c.ids(ns);
      expect(ids.length, ns).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of c.entries(ns)) {
        expect(e.name.vi, `${ns}:${e.id}`).toBeTruthy();
        expect(e.name.en, `${ns}:${e.id}`).toBeTruthy();
      }
    }
  });

  it('the national platforms the examples rely on are catalogued (NDXP and its former name NGSP, VNeID, the portal, the population database)', () => {
    const c = Catalogues.load();
    for (const id of ['ndxp', 'ngsp', 'vneid', 'cong-dvcqg', 'csdlqg-dan-cu', 'vdxp', 'ndc-coordination']) expect(c.get('national', id), id).toBeDefined();
    for (const id of ['tt39-1.1-http-1.1', 'tt39-tls-1.2', 'tt39-utf-8']) expect(c.get('std', id), id).toBeDefined();
  });

  it('the date selects the ministries in force: 22 before the 2025 merger, 14 ministries + 3 agencies after', () => {
    const c = Catalogues.load();
    const count = (date: string) => c.entries('ministry').filter((e) => inForce(e, date)).length;
    expect(count('2024-12-31')).toBe(22);
    expect(count('2025-03-01')).toBe(17);
    expect(inForce(c.get('ministry', 'BTTTT')!, '2015-12-28')).toBe(true);
    expect(inForce(c.get('ministry', 'BTTTT')!, '2025-03-01')).toBe(false);
    expect(c.get('ministry', 'BTTTT')!.mergedInto).toBe('BKHCN');
  });

  it('the date selects the standards in force: Thông tư 39/2017 rows start on 2018-07-01', () => {
    const c = Catalogues.load();
    const http = c.get('std', 'tt39-1.1-http-1.1')!;
    expect(inForce(http, '2018-06-30')).toBe(false);
    expect(inForce(http, '2018-07-01')).toBe(true);
  });

  /** Ids of a namespace in force on a date. */
  const inForceOn = (ns: (typeof NAMESPACES)[number], date: string) =>
    Catalogues.load()
      .entries(ns)
      .filter((e) => inForce(e, date))
      .map((e) => e.id);

  it('national platforms in force in 2015: NGSP, the National Single Window and the databases, not NDXP, VNeID, the public-service portal or the NDC', () => {
    const in2015 = ['cong-mot-cua-quoc-gia', 'csdlqg-bao-hiem', 'csdlqg-dan-cu', 'csdlqg-dat-dai', 'csdlqg-dkdn', 'csdlqg-ho-tich', 'csdlqg-tai-chinh', 'csdlqg-thong-ke-dan-so', 'csdlqg-tthc', 'csdlqg-vbqppl', 'ngsp', 'tslcd'];
    expect(inForceOn('national', '2015-06-01')).toEqual(in2015);
    expect(inForceOn('national', '2015-12-28')).toEqual(in2015);
    expect(inForceOn('national', '2020-06-01')).toEqual([
      'cong-dvcqg', 'cong-mot-cua-quoc-gia', 'csdlqg-bao-hiem', 'csdlqg-dan-cu', 'csdlqg-dat-dai', 'csdlqg-dkdn', 'csdlqg-ho-tich', 'csdlqg-tai-chinh', 'csdlqg-thong-ke-dan-so', 'csdlqg-tthc', 'csdlqg-vbqppl',
      'e-cabinet', 'national-reporting', 'national-soc', 'ndxp', 'ngsp', 'open-data-portal', 'payment-platform', 'tslcd', 'vdxp',
    ]);
    expect(inForceOn('national', '2024-12-31')).toEqual(Catalogues.load().ids('national'));
  });

  it('the Thông tư 22/2013 rows are the standards in force until Thông tư 39/2017 replaces them on 2018-07-01', () => {
    const tt2213 = ['tt22-2013-http-1.1', 'tt22-2013-ipv4', 'tt22-2013-ipv6', 'tt22-2013-soap-1.2', 'tt22-2013-ssl-3-tls-1.0', 'tt22-2013-tcvn-6909', 'tt22-2013-wsdl-1.1', 'tt22-2013-xml-1.0'];
    expect(inForceOn('std', '2015-12-28')).toEqual(tt2213);
    expect(inForceOn('std', '2018-06-30')).toEqual(['qcvn102-2016', 'qcvn109-2017', ...tt2213]);
    const july = inForceOn('std', '2018-07-01');
    expect(july.filter((id) => id.startsWith('tt22-'))).toEqual([]);
    expect(july).toContain('tt39-1.1-http-1.1');
    expect(inForceOn('std', '2020-09-07').filter((id) => id.startsWith('tt22-'))).toEqual(['tt22-ascii', 'tt22-tcvn-6909', 'tt22-utf-8', 'tt22-xmi-2.4.2', 'tt22-xml-1.0', 'tt22-xml-1.1', 'tt22-xml-schema-1.1']);
  });

  it('a replaced standard names its successor, which is in force from the day it ends', () => {
    const c = Catalogues.load();
    const replaced = c.entries('std').filter((e) => e.replacedBy !== undefined);
    expect(replaced.map((e) => e.id).every((id) => id.startsWith('tt22-2013-'))).toBe(true);
    expect(replaced).toHaveLength(8);
    for (const e of replaced) {
      const next = c.get('std', String(e.replacedBy));
      expect(next, e.id).toBeDefined();
      expect(inForce(next!, e.validUntil!), e.id).toBe(true);
    }
  });

  it('a date flag (validFromVerified / validUntilVerified) is false and sits next to the date it qualifies', () => {
    const flagged: string[] = [];
    for (const rel of files.filter((f) => f.startsWith('catalogues/'))) {
      for (const e of entriesOf(rel)) {
        for (const bound of ['validFrom', 'validUntil'] as const) {
          const flag = e[`${bound}Verified`];
          if (flag === undefined) continue;
          expect(flag, `${rel} ${String(e.id)}`).toBe(false);
          expect(e[bound], `${rel} ${String(e.id)}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          flagged.push(`${String(e.id)}.${bound}`);
        }
      }
    }
    // The dates DOMAIN.md states (QĐ 274/QĐ-TTg, NQ 175/NQ-CP, framework 1.0, Thông tư 39/2017 and 15/2025) carry no flag.
    for (const ok of ['cong-dvcqg', 'national-data-center', 'ngsp', 'tt39-1.1-http-1.1', 'tt15-sha-3']) expect(flagged, ok).not.toContain(`${ok}.validFrom`);
    for (const unsure of ['vneid', 'ndxp', 'ndc-coordination', 'tt22-tcvn-6909', 'tt22-2013-http-1.1']) expect(flagged, unsure).toContain(`${unsure}.validFrom`);
  });

  it('every national entry starts on a date, except the dedicated network that predates framework 1.0', () => {
    const open = Catalogues.load()
      .entries('national')
      .filter((e) => e.validFrom === undefined)
      .map((e) => e.id);
    expect(open).toEqual(['tslcd']);
  });
});

describe('framework profiles', () => {
  it('has the five generations in order, each with its instrument and a contiguous (or explained) validity window', () => {
    const list = profiles();
    expect(list.map((p) => p.id)).toEqual([...PROFILE_IDS]);
    // Each generation starts when the previous one ends, or the previous one stays in force beside it and says
    // why (4.0: QĐ 3090 replaced only Công văn 1736 and has a transitional clause).
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      if (prev.validUntil === undefined) expect(prev.validUntilNote?.verified, prev.id).toBe(true);
      else expect(list[i]!.validFrom, list[i]!.id).toBe(prev.validUntil);
    }
    for (const p of list) {
      expect(p.instrument.number, p.id).toMatch(/\//);
      expect(p.layers.length, p.id).toBeGreaterThan(0);
    }
  });

  it('agrees with legal-documents.json: a framework ends when its instrument is repealed, unverified in both files or in neither', () => {
    const docs = RULE_DATA.legalDocuments();
    const rows = profiles().map((p) => {
      const doc = instrumentDocument(docs, p);
      return { id: p.id, doc: doc?.id, ends: p.validUntil, repealed: doc?.repealedOn, endVerified: p.validUntil ? p.validUntilNote?.verified !== false : undefined, repealVerified: doc?.repealedOn ? repealVerified(doc) : undefined };
    });
    for (const r of rows) {
      expect(r.doc, r.id).toBeDefined();
      expect([r.ends, r.endVerified], r.id).toEqual([r.repealed, r.repealVerified]);
    }
    expect(rows.filter((r) => r.ends && !r.endVerified).map((r) => r.id)).toEqual(['1.0', '2.0']);
  });

  it('2.0 and later require the seven contents and the five component architectures; 1.0 does not', () => {
    for (const p of profiles()) {
      if (p.id === '1.0') {
        expect(p.requiredContents).toEqual([]);
        continue;
      }
      expect(p.requiredContents, p.id).toHaveLength(7);
      expect(p.componentArchitectures.map((c) => c.id), p.id).toEqual(['business', 'data', 'application', 'technology', 'security']);
    }
  });
});
