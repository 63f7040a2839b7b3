import rule from '../../src/rules/c31-document-exchange.js';
import { ruleTester } from './rule-tester.js';

const SYS = (extra = '') => `- {kind: information-system, id: qlvb, name: {vi: "QLVB"}, status: current, owner: bo, role: document_management${extra}}`;

ruleTester.run(rule, {
  valid: [{ elements: SYS(', uses: [national:vdxp]') }],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'no-vdxp', element: 'qlvb' }] }],
});
