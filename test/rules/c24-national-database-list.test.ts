import rule from '../../src/rules/c24-national-database-list.js';
import { ruleTester } from './rule-tester.js';

const DB = (fields: string) => `- {kind: database, id: csdl-1, name: {vi: "CSDL"}, status: current, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: DB('dbKind: quoc_gia, nationalRef: national:csdlqg-dan-cu') },
    { name: 'NĐ 47/2024 cited before its repeal', date: '2025-01-10', manifest: 'contents:\n  legalBases:\n    - {number: "47/2024/NĐ-CP"}\n' },
  ],
  invalid: [
    { name: 'national, silent on which one', elements: DB('dbKind: quoc_gia'), errors: [{ messageId: 'no-national-ref', element: 'csdl-1' }] },
    { name: 'names a platform, not a database', elements: DB('dbKind: quoc_gia, nationalRef: national:ndxp'), errors: [{ messageId: 'not-in-list', element: 'csdl-1', field: 'nationalRef' }] },
    {
      name: 'repealed list cited',
      framework: 'ndaf-2025',
      date: '2025-11-01',
      manifest: 'contents:\n  legalBases:\n    - {number: "194/2025/NĐ-CP"}\n    - {number: "47/2024/NĐ-CP"}\n',
      errors: [{ messageId: 'repealed-list', manifest: ['contents', 'legalBases', 1, 'number'] }],
    },
  ],
});
