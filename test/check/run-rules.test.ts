import * as fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/check/run-rules.js';
import { shortcomings } from '../../src/check/shortcomings.js';
import { normaliseName, similarity } from '../../src/check/similar-names.js';
import { createRule, ALL_PROFILES } from '../../src/rules/create-rule.js';
import { validateRepository } from '../../src/pipeline.js';
import { tempRepo } from '../helpers/cli.js';
import { UNITS } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function model(elements: string, manifest = '') {
  const dir = tempRepo({
    'arch.yaml': `ministry: {code: BYT, name: {vi: "Bộ Y tế"}}\nframework: "3.0"\narchitecture: {version: "1.0", date: 2024-12-31, status: draft}\n${manifest}`,
    'elements.yaml': `${UNITS}${elements}`,
  });
  dirs.push(dir);
  const v = validateRepository(dir);
  expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return v;
}

const SYS = (id: string, fields = '') => `  - {kind: information-system, id: ${id}, name: {vi: "${id}"}, status: current, owner: bo${fields}}\n`;

describe('runRules', () => {
  it('a rule that throws becomes a located check/rule-failed error, and the other rules still run', () => {
    const v = model(SYS('ht-1'));
    const broken = createRule(
      { id: 'C98', slug: 'broken', title: { vi: 'x', en: 'x' }, hint: { vi: 'x', en: 'x' }, messages: { m: { vi: 'x', en: 'x' } }, profiles: ALL_PROFILES, sources: [{ doc: 'nd-85-2016' }], confidence: 'unverified', category: 'governance', defaultSeverity: 'error' },
      () => {
        throw new Error('boom');
      },
    );
    const fine = createRule({ ...broken.declared, id: 'C99', slug: 'fine' }, (ctx) => ctx.report({ messageId: 'm', element: 'ht-1' }));
    const r = runRules(v.model!, v.catalogues, { rules: [broken, fine] });
    expect(r.results.map((x) => x.status)).toEqual(['fail', 'fail']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['check/rule-failed', 'rule/C99']);
    expect(r.diagnostics[0]!.message.en).toContain('boom');
  });

  it('reports a waived element that has no finding as check/waiver-unused (info) at the element', () => {
    const v = model(SYS('ht-1', ', securityLevel: 2'), 'waivers:\n  - {rule: C07, elements: [ht-1], justification: {vi: "x"}, approvedBy: "y", expires: 2025-01-01}\n');
    const r = runRules(v.model!, v.catalogues);
    const unused = r.diagnostics.filter((d) => d.code === 'check/waiver-unused');
    expect(unused).toHaveLength(1);
    expect(unused[0]!.severity).toBe('info');
    expect(unused[0]!.location?.range?.start).toEqual({ line: 5, column: 28 });
  });
});

describe('the four-shortcomings figures', () => {
  it('join similar names into groups, and leave out a system named like its own subsystem', () => {
    const named = (id: string, name: string, fields = '') => `  - {kind: information-system, id: ${id}, name: {vi: "${name}"}, status: current, owner: bo${fields}}\n`;
    const v = model(
      named('a-1', 'Hệ thống quản lý văn bản') +
        named('a-2', 'Hệ thống quản lý văn bản') +
        named('a-3', 'Hệ thống quản lý các văn bản') +
        named('b-1', 'Cổng dịch vụ công', ', subsystems: [b-2]') +
        named('b-2', 'Cổng dịch vụ công') +
        named('c-1', 'Hệ thống thư điện tử', ', subsystems: [c-2]') +
        named('c-2', 'Hệ thống thư điện tử') +
        named('c-3', 'Hệ thống thư điện tử'),
    );
    expect(shortcomings(v.model!, v.catalogues, 'vi').duplicates.similarNames).toEqual([
      { kind: 'information-system', members: ['a-1', 'a-2', 'a-3'] },
      { kind: 'information-system', members: ['c-1', 'c-2', 'c-3'] },
    ]);
    expect(similarity(normaliseName('Hệ thống quản lý văn bản'), normaliseName('Hệ thống quản lý các văn bản'))).toBeGreaterThanOrEqual(0.85);
  });

  it('count connected systems, service levels, national database use and duplicate candidates', () => {
    const v = model(
      `  - {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, level: ministry, connectsTo: [national:ndxp]}
${SYS('ht-a', ', uses: [lgsp], role: portal')}${SYS('ht-b', ', role: portal')}${SYS('ht-c')}  - {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-c, to: national:csdlqg-dan-cu}
  - {kind: public-service, id: dv-1, name: {vi: "DV1"}, status: current, owner: bo, onlineLevel: toan_trinh, publishedOnNationalPortal: true}
  - {kind: public-service, id: dv-2, name: {vi: "DV2"}, status: current, owner: bo, onlineLevel: mot_phan, legacyLevel: 3, targetOnlineLevel: toan_trinh}
  - {kind: public-service, id: dv-3, name: {vi: "DV3"}, status: current, owner: bo}
  - {kind: database, id: csdl-1, name: {vi: "Cơ sở dữ liệu cán bộ"}, status: current, owner: bo, dbKind: chuyen_nganh, stores: [dl-1]}
  - {kind: database, id: csdl-2, name: {vi: "Cơ sở dữ liệu cán bộ."}, status: current, owner: bo, dbKind: noi_bo, replicaOf: national:csdlqg-can-bo}
  - {kind: database, id: csdl-3, name: {vi: "Kho khác"}, status: current, owner: bo, dbKind: noi_bo}
  - {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, storedIn: [csdl-3], authoritativeSource: national:csdlqg-can-bo}
`,
    );
    const s = shortcomings(v.model!, v.catalogues, 'en');
    expect(s.integration).toEqual({ systems: 3, connected: ['ht-a'], notConnected: ['ht-b', 'ht-c'], share: 33.3, integrations: 1, bypassing: ['kn-1'] });
    expect(s.services).toEqual({ total: 3, byLevel: { toan_trinh: 1, mot_phan: 1, none: 0, undeclared: 1 }, legacy: { '1': 0, '2': 0, '3': 1, '4': 0, none: 2 }, publishedOnNationalPortal: 1, targetFullOnline: 2 });
    expect(s.nationalData.used.map((u) => [u.id, u.users])).toEqual([
      ['national:csdlqg-can-bo', ['csdl-2', 'dl-1']],
      ['national:csdlqg-dan-cu', ['kn-1']],
    ]);
    expect(s.nationalData.localCopies).toEqual([{ id: 'csdl-2', of: 'national:csdlqg-can-bo' }]);
    expect(s.nationalData.entitiesFromNational).toBe(1);
    expect(s.duplicates.similarNames).toEqual([{ kind: 'database', members: ['csdl-1', 'csdl-2'] }]);
    expect(s.duplicates.entitiesInSeveralDatabases).toEqual([{ entity: 'dl-1', databases: ['csdl-1', 'csdl-3'] }]);
    expect(s.duplicates.sameRole).toEqual([{ role: 'portal', systems: ['ht-a', 'ht-b'] }]);
  });

  it('compare names without case, diacritics or punctuation', () => {
    expect(normaliseName('Hệ thống Quản lý Văn bản!')).toBe('he thong quan ly van ban');
    expect(similarity('he thong quan ly van ban', 'he thong quan ly van ban dieu hanh')).toBeGreaterThan(0.8);
    expect(similarity('cong dich vu cong', 'kho du lieu')).toBeLessThan(0.5);
    // Names in other scripts keep their letters; names with no letters or digits are not compared.
    expect(normaliseName('データベース 管理')).toBe('テータヘース 管理');
    expect(similarity(normaliseName('データベース'), normaliseName('人事管理システム'))).toBe(0);
    expect(similarity(normaliseName("1'000,00"), normaliseName('!!!'))).toBe(0);
  });
});
