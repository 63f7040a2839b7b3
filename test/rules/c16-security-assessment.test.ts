import rule from '../../src/rules/c16-security-assessment.js';
import { ruleTester } from './rule-tester.js';

const SYS = (level: number, last?: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, securityLevel: ${level}${last ? `, lastSecurityAssessment: ${last}` : ''}}`;

ruleTester.run(rule, {
  valid: [{ elements: SYS(3, '2023-06-01') }, { name: 'a level-3 system not built yet is assessed once it runs', elements: SYS(3).replace('status: current', 'status: planned') }, { elements: SYS(2) }, { name: 'longer interval by option', elements: SYS(4, '2022-06-01'), options: { level4Years: 3 } }],
  invalid: [
    { elements: SYS(3), errors: [{ messageId: 'never-assessed', element: 'ht-1' }] },
    { elements: SYS(4, '2023-06-01'), errors: [{ messageId: 'overdue', element: 'ht-1', field: 'lastSecurityAssessment' }] },
    { name: 'overdue on the run date', elements: SYS(3, '2023-06-01'), asOf: '2026-01-01', errors: [{ messageId: 'overdue', element: 'ht-1', field: 'lastSecurityAssessment' }] },
  ],
});
