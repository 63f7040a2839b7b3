import rule from '../../src/rules/c27-online-level-declared.js';
import { ruleTester } from './rule-tester.js';

const SVC = (fields: string) => `- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo${fields}}`;

ruleTester.run(rule, {
  valid: [{ elements: SVC(', onlineLevel: mot_phan') }, { elements: SVC(', onlineLevel: toan_trinh, legacyLevel: 4') }],
  invalid: [
    { elements: SVC(''), errors: [{ messageId: 'missing', element: 'dv-1' }] },
    { elements: SVC(', legacyLevel: 4'), errors: [{ messageId: 'legacy-only', element: 'dv-1', field: 'legacyLevel' }] },
  ],
  notApplicable: [{ name: 'before NĐ 42/2022', framework: '2.0', date: '2021-01-01', status: 'approved' }],
});
