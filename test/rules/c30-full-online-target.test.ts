import rule from '../../src/rules/c30-full-online-target.js';
import { ruleTester } from './rule-tester.js';

const SVC = (fields: string) => `- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo, ${fields}}`;
const NDAF = { framework: 'ndaf-2025', date: '2025-12-01', architecture: 'horizon: 2030' };

ruleTester.run(rule, {
  valid: [
    { ...NDAF, elements: SVC('onlineLevel: mot_phan, targetOnlineLevel: toan_trinh') },
    { name: 'horizon before 2030', ...NDAF, architecture: 'horizon: 2027', elements: SVC('onlineLevel: mot_phan') },
  ],
  invalid: [
    { ...NDAF, elements: SVC('onlineLevel: mot_phan'), errors: [{ messageId: 'not-full-online', element: 'dv-1', field: 'onlineLevel' }] },
    { ...NDAF, elements: SVC('onlineLevel: none, targetOnlineLevel: mot_phan'), errors: [{ messageId: 'not-full-online', element: 'dv-1', field: 'targetOnlineLevel' }] },
  ],
  notApplicable: [{ framework: '3.0', date: '2024-12-31' }],
});
