import rule from '../../src/rules/c14-security-authority.js';
import { ruleTester } from './rule-tester.js';

const SYS = (approval: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, securityLevel: 4, securityApproval: ${approval}}`;

ruleTester.run(rule, {
  valid: [
    { date: '2025-06-01', elements: SYS('{decision: "12/QĐ-BYT", date: 2025-04-01, approver: owner, appraisedBy: "Bộ Công an (A05)"}') },
    { name: 'appraised the day before the transfer took effect (01/03/2025, legal-documents.json)', date: '2025-06-01', elements: SYS('{decision: "12/QĐ-BYT", date: 2025-02-28, approver: owner, appraisedBy: "Cục An toàn thông tin"}') },
    { name: 'appraised before the transfer', date: '2025-06-01', elements: SYS('{decision: "12/QĐ-BYT", date: 2024-04-01, approver: owner, appraisedBy: "Cục An toàn thông tin, Bộ TT&TT"}') },
  ],
  invalid: [
    { name: 'appraised on the day the transfer took effect', date: '2025-06-01', elements: SYS('{decision: "12/QĐ-BYT", date: 2025-03-01, approver: owner, appraisedBy: "Cục An toàn thông tin"}'), errors: [{ messageId: 'old-authority', element: 'ht-1', field: 'securityApproval' }] },
    { date: '2025-06-01', elements: SYS('{decision: "12/QĐ-BYT", date: 2025-04-01, approver: owner, appraisedBy: "Cục An toàn thông tin"}'), errors: [{ messageId: 'old-authority', element: 'ht-1', field: 'securityApproval' }] },
  ],
  notApplicable: [{ date: '2025-02-28' }],
});
