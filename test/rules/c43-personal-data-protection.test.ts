import rule from '../../src/rules/c43-personal-data-protection.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, informationClasses: [personal]${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', personalDataProtection: {basis: {vi: "Điều 17 NĐ 13/2023/NĐ-CP"}, impactAssessment: "HS-01/2024"}') },
    { name: 'no personal data', elements: `- {kind: information-system, id: ht-2, name: {vi: "HT2"}, status: current, owner: bo, informationClasses: [public]}` },
  ],
  invalid: [
    { elements: SYS(''), errors: [{ messageId: 'no-basis', element: 'ht-1' }, { messageId: 'no-impact-assessment', element: 'ht-1' }] },
    { elements: SYS(', personalDataProtection: {basis: {vi: "Đồng ý"}}'), errors: [{ messageId: 'no-impact-assessment', element: 'ht-1', field: 'personalDataProtection' }] },
  ],
  notApplicable: [{ framework: '3.0', date: '2023-06-30', status: 'approved' }],
});
