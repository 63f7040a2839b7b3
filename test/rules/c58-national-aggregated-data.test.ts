import rule from '../../src/rules/c58-national-aggregated-data.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields = '') => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo${fields}}`;
const DB = (fields: string) => `- {kind: database, id: csdl-dc, name: {vi: "CSDL dùng chung"}, status: current, owner: bo, ${fields}}`;
const TTHC = (fields = '') => `- {kind: information-system, id: ht-tthc, name: {vi: "HT TTHC"}, status: current, owner: bo, role: tthc_system${fields}}`;
const AT = { framework: 'ndaf-2025', date: '2025-12-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, name: 'its managing system uses the coordination platform', elements: `${SYS(', uses: [national:ndc-coordination]')}\n${DB('dbKind: dung_chung, managedBy: ht-1')}` },
    { ...AT, name: 'an integration to the aggregated database', elements: `${DB('dbKind: dung_chung')}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: csdl-dc, to: national:kho-du-lieu-tong-hop}` },
    { ...AT, name: 'an integration via the coordination platform', elements: `${TTHC()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-tthc, to: national:ndxp, via: [national:ndc-coordination]}` },
    {
      ...AT,
      name: 'through the LGSP, which is linked to the coordination platform',
      elements: `${TTHC(', uses: [lgsp]')}\n- {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, connectsTo: [national:ndc-coordination]}`,
    },
    { ...AT, name: 'an internal database', elements: DB('dbKind: noi_bo') },
    { ...AT, name: 'a retiring shared database', elements: DB('dbKind: dung_chung').replace('status: current', 'status: retiring') },
  ],
  invalid: [
    { ...AT, elements: DB('dbKind: dung_chung'), errors: [{ messageId: 'shared', element: 'csdl-dc', data: { deadline: '2026-12-31' } }] },
    { ...AT, name: 'the procedure-processing system', elements: TTHC(), errors: [{ messageId: 'tthc', element: 'ht-tthc' }] },
    {
      ...AT,
      name: 'through an LGSP that does not reach the coordination platform',
      elements: `${TTHC(', uses: [lgsp]')}\n- {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp}`,
      errors: [{ messageId: 'tthc', element: 'ht-tthc' }],
    },
    // The duty does not lapse at its deadline: after it, the database is overdue.
    { ...AT, name: 'after the deadline: overdue', asOf: '2027-01-01', elements: `${DB('dbKind: dung_chung')}\n${TTHC()}`, errors: [{ messageId: 'shared-overdue', element: 'csdl-dc' }, { messageId: 'tthc-overdue', element: 'ht-tthc' }] },
  ],
  notApplicable: [{ date: '2025-10-21', elements: DB('dbKind: dung_chung') }],
});
