import rule from '../../src/rules/c45-principles-applied.js';
import { ruleTester } from './rule-tester.js';

const P = `- {kind: principle, id: nt-1, name: {vi: "Dùng chung"}, status: current, owner: bo, statement: {vi: "Dùng chung nền tảng"}}`;

ruleTester.run(rule, {
  valid: [{ date: '2025-12-01', elements: `${P}\n- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, satisfies: [nt-1]}` }],
  invalid: [{ date: '2025-12-01', elements: P, errors: [{ messageId: 'unapplied', element: 'nt-1' }] }],
  // The core principles are those of QĐ 3090/QĐ-BKHCN: the duty starts on 08/10/2025.
  notApplicable: [{ date: '2024-12-31', elements: P }],
});
