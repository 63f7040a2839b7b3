import rule from '../../src/rules/c45-principles-applied.js';
import { ruleTester } from './rule-tester.js';

const P = `- {kind: principle, id: nt-1, name: {vi: "Dùng chung"}, status: current, owner: bo, statement: {vi: "Dùng chung nền tảng"}}`;

ruleTester.run(rule, {
  valid: [{ elements: `${P}\n- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, satisfies: [nt-1]}` }],
  invalid: [{ elements: P, errors: [{ messageId: 'unapplied', element: 'nt-1' }] }],
});
