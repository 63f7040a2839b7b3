import rule from '../../src/rules/c48-national-data-center.js';
import { ruleTester } from './rule-tester.js';

const SYS = (hosting: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, hosting: ${hosting}}`;
const DB = (fields = '') => `- {kind: database, id: csdlqg-y-te, name: {vi: "CSDL quốc gia về y tế"}, status: current, owner: bo, dbKind: quoc_gia${fields}}`;
const AT = { date: '2025-08-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: `${SYS('national_data_center')}\n${DB(', managedBy: ht-1')}` },
    { ...AT, name: 'linked to the Center', elements: `${DB()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: csdlqg-y-te, to: national:national-data-center}` },
    { ...AT, name: 'a sector database', elements: DB().replace('quoc_gia', 'chuyen_nganh') },
  ],
  invalid: [{ ...AT, elements: `${SYS('onprem')}\n${DB(', managedBy: ht-1')}`, errors: [{ messageId: 'not-on-ndc', element: 'csdlqg-y-te' }] }],
  notApplicable: [{ date: '2025-06-30', elements: DB() }],
});
