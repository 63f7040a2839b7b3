import rule from '../../src/rules/c30-full-online-target.js';
import { ruleTester } from './rule-tester.js';

const SVC = (fields: string) => `- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo, ${fields}}`;
const NDAF = { framework: 'ndaf-2025', date: '2025-12-01', architecture: 'horizon: 2030' };

ruleTester.run(rule, {
  valid: [
    { ...NDAF, elements: SVC('onlineLevel: mot_phan, targetOnlineLevel: toan_trinh') },
    { name: 'horizon before 2030', ...NDAF, architecture: 'horizon: 2027', elements: SVC('onlineLevel: mot_phan') },
    { name: 'no case filed: not among the procedures QĐ 3090 names', ...NDAF, elements: SVC('onlineLevel: mot_phan, targetOnlineLevel: mot_phan, annualCases: 0') },
    { name: 'the law requires presence', ...NDAF, elements: SVC('onlineLevel: mot_phan, targetOnlineLevel: mot_phan, inPersonRequired: true, legalBasis: ["Luật Căn cước 2023, Điều 23"]') },
  ],
  invalid: [
    { name: 'silent on its target: not stated, not "targets mot_phan"', ...NDAF, elements: SVC('onlineLevel: mot_phan'), errors: [{ messageId: 'target-not-stated', element: 'dv-1' }] },
    { ...NDAF, elements: SVC('onlineLevel: none, targetOnlineLevel: mot_phan'), errors: [{ messageId: 'not-full-online', element: 'dv-1', field: 'targetOnlineLevel' }] },
  ],
  notApplicable: [{ framework: '3.0', date: '2024-12-31' }],
});
