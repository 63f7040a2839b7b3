import rule from '../../src/rules/c52-cloud-first.js';
import { ruleTester } from './rule-tester.js';

const SYS = (status: string, hosting: string) => `- {kind: information-system, id: ht-moi, name: {vi: "HT mới"}, status: ${status}, owner: bo, hosting: ${hosting}}`;
const AT = { date: '2026-07-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: SYS('planned', 'gov_cloud') },
    { ...AT, name: 'a system already running on premises', elements: SYS('current', 'onprem') },
  ],
  invalid: [{ ...AT, elements: SYS('target', 'onprem'), errors: [{ messageId: 'on-premises', element: 'ht-moi', field: 'hosting', data: { status: 'target' } }] }],
  notApplicable: [
    { date: '2026-06-30', elements: SYS('planned', 'onprem') },
    { name: 'an architecture of 2025 assessed before the Law is in force', date: '2025-12-31', asOf: '2026-06-30', elements: SYS('planned', 'onprem') },
  ],
});
