import rule from '../../src/rules/c34-ipv6.js';
import { ruleTester } from './rule-tester.js';

const TC = (fields: string) => `- {kind: technology-component, id: cn-1, name: {vi: "Cổng Internet"}, status: current, owner: bo, techType: network_wan, ${fields}}`;

ruleTester.run(rule, {
  valid: [{ elements: TC('internetFacing: true, ipv6: true') }, { elements: TC('internetFacing: true, standards: [std:tt39-1.11-ipv6]') }, { elements: TC('internetFacing: false') }],
  invalid: [
    { elements: TC('internetFacing: true'), errors: [{ messageId: 'no-ipv6', element: 'cn-1' }] },
    { elements: TC('internetFacing: true, ipv6: false'), errors: [{ messageId: 'no-ipv6', element: 'cn-1', field: 'ipv6' }] },
  ],
});
