import rule from '../../src/rules/c22-business-registry.js';
import { ruleTester } from './rule-tester.js';

const SYS = (extra = '') => `- {kind: user-group, id: doanh-nghiep, name: {vi: "Doanh nghiệp"}, status: current, owner: bo, groupType: enterprise}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, users: [doanh-nghiep]${extra}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', uses: [national:csdlqg-dkdn]') },
    { name: 'through an integration', elements: `${SYS()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: national:csdlqg-dkdn, via: [national:ndxp]}` },
  ],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'no-business-registry', element: 'ht-1' }] }],
});
