import rule from '../../src/rules/c13-security-approval.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS('securityLevel: 3, securityApproval: {decision: "12/QĐ-BYT", date: 2024-01-02, approver: owner}') },
    { elements: SYS('securityLevel: 2') },
    { elements: SYS('securityLevel: 5, securityApproval: {decision: "12/QĐ-TTg", date: 2024-01-02, approver: prime_minister}') },
  ],
  invalid: [
    { elements: SYS('securityLevel: 3'), errors: [{ messageId: 'missing-approval', element: 'ht-1' }] },
    { elements: SYS('securityLevel: 5, securityApproval: {decision: "12/QĐ-BYT", date: 2024-01-02, approver: owner}'), errors: [{ messageId: 'wrong-approver', element: 'ht-1', field: 'securityApproval' }] },
  ],
});
