import rule from '../../src/rules/c13-security-approval.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string, status = 'current') => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: ${status}, owner: bo, ${fields}}`;
const WRONG_APPROVER = 'securityLevel: 5, securityApproval: {decision: "12/QĐ-BYT", date: 2024-01-02, approver: owner}';

ruleTester.run(rule, {
  valid: [
    { elements: SYS('securityLevel: 3, securityApproval: {decision: "12/QĐ-BYT", date: 2024-01-02, approver: owner}') },
    { elements: SYS('securityLevel: 2') },
    { elements: SYS('securityLevel: 5, securityApproval: {decision: "12/QĐ-TTg", date: 2024-01-02, approver: prime_minister}') },
    // Not built yet: the level is approved with the design, before operation (NĐ 85 Art. 13).
    { name: 'a planned system with a proposed level needs no decision yet', elements: SYS('securityLevel: 4, securityLevelStatus: proposed', 'planned') },
    { name: 'a target system needs no decision yet', elements: SYS('securityLevel: 3', 'target') },
    { name: 'a planned system may already have its decision', elements: SYS('securityLevel: 3, securityLevelStatus: approved, securityApproval: {decision: "12/QĐ-BYT", date: 2024-01-02, approver: owner}', 'planned') },
  ],
  invalid: [
    { elements: SYS('securityLevel: 3'), errors: [{ messageId: 'missing-approval', element: 'ht-1' }] },
    { name: 'an operating system with only a proposed level', elements: SYS('securityLevel: 3, securityLevelStatus: proposed'), errors: [{ messageId: 'missing-approval', element: 'ht-1' }] },
    { name: 'a retiring system is still in operation', elements: SYS('securityLevel: 4', 'retiring'), errors: [{ messageId: 'missing-approval', element: 'ht-1' }] },
    { elements: SYS(WRONG_APPROVER), errors: [{ messageId: 'wrong-approver', element: 'ht-1', field: 'securityApproval' }] },
    // An approval known to exist whose decision is not at hand: written without a number rather than with a made-up one.
    { name: 'approval recorded without its number and date', elements: SYS('securityLevel: 3, securityLevelStatus: approved, securityApproval: {approver: owner}'), errors: [{ messageId: 'decision-not-stated', element: 'ht-1', field: 'securityApproval' }] },
    { name: 'the approver of a planned system is still checked', elements: SYS(WRONG_APPROVER, 'planned'), errors: [{ messageId: 'wrong-approver', element: 'ht-1', field: 'securityApproval' }] },
    { name: 'the approver of a target system is still checked', elements: SYS(WRONG_APPROVER, 'target'), errors: [{ messageId: 'wrong-approver', element: 'ht-1', field: 'securityApproval' }] },
  ],
});
