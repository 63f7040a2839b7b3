import rule from '../../src/rules/c40-planned-delivered.js';
import { ruleTester } from './rule-tester.js';

const SYS = `- {kind: information-system, id: ht-moi, name: {vi: "HT mới"}, status: planned, owner: bo}`;

ruleTester.run(rule, {
  valid: [{ elements: `${SYS}\n- {kind: project, id: da-1, name: {vi: "DA"}, status: planned, owner: bo, delivers: [ht-moi]}` }],
  invalid: [{ elements: SYS, errors: [{ messageId: 'not-delivered', element: 'ht-moi', field: 'status' }] }],
});
