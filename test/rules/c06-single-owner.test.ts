import rule from '../../src/rules/c06-single-owner.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [
    {
      elements: `- {kind: information-system, id: ht-cha, name: {vi: "Cha"}, status: current, owner: bo, subsystems: [ht-con]}
- {kind: information-system, id: ht-con, name: {vi: "Con"}, status: current, owner: bo}`,
    },
  ],
  invalid: [
    {
      name: 'subsystem of two systems with different owners',
      elements: `- {kind: org-unit, id: cuc, name: {vi: "Cục"}, status: current}
- {kind: information-system, id: ht-a, name: {vi: "A"}, status: current, owner: bo, subsystems: [ht-con]}
- {kind: information-system, id: ht-b, name: {vi: "B"}, status: current, owner: cuc, subsystems: [ht-con]}
- {kind: information-system, id: ht-con, name: {vi: "Con"}, status: current, owner: bo}`,
      errors: [{ messageId: 'several-parents', element: 'ht-con' }],
    },
  ],
});
