import rule from '../../src/rules/c08-subsystem-level.js';
import { ruleTester } from './rule-tester.js';

const SYS = (parent: number, child: number) => `- {kind: information-system, id: ht-cha, name: {vi: "Cha"}, status: current, owner: bo, securityLevel: ${parent}, subsystems: [ht-x, ht-con]}
- {kind: information-system, id: ht-x, name: {vi: "X"}, status: current, owner: bo, securityLevel: 1}
- {kind: information-system, id: ht-con, name: {vi: "Con"}, status: current, owner: bo, securityLevel: ${child}}`;

ruleTester.run(rule, {
  valid: [{ elements: SYS(3, 3) }, { elements: SYS(4, 2) }],
  invalid: [{ elements: SYS(2, 3), errors: [{ messageId: 'below-subsystem', element: 'ht-cha', field: 'subsystems', index: 1 }] }],
});
