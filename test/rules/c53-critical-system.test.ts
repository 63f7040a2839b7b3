import rule from '../../src/rules/c53-critical-system.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, ${fields}}`;
const AT = { date: '2026-07-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: SYS('securityLevel: 5, criticality: critical') },
    { ...AT, name: 'level 4', elements: SYS('securityLevel: 4') },
  ],
  invalid: [
    { ...AT, elements: SYS('securityLevel: 5'), errors: [{ messageId: 'not-marked', element: 'ht-1', field: 'securityLevel', data: { criticality: '—' } }] },
    { ...AT, name: 'marked high', elements: SYS('securityLevel: 5, criticality: high'), errors: [{ messageId: 'not-marked', element: 'ht-1', field: 'criticality' }] },
  ],
  notApplicable: [{ date: '2026-06-30', elements: SYS('securityLevel: 5') }],
});
