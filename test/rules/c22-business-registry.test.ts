import rule from '../../src/rules/c22-business-registry.js';
import { ruleTester } from './rule-tester.js';

const GROUP = '- {kind: user-group, id: doanh-nghiep, name: {vi: "Doanh nghiệp"}, status: current, owner: bo, groupType: enterprise}';
const SYS = (extra = '') => `${GROUP}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, users: [doanh-nghiep]${extra}}
- {kind: public-service, id: dv-1, name: {vi: "Cấp phép"}, status: current, owner: bo, processedBy: ht-1, users: [doanh-nghiep]}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', uses: [national:csdlqg-dkdn]') },
    { name: 'through an integration', elements: `${SYS()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: national:csdlqg-dkdn, via: [national:ndxp]}` },
    // A portal that publishes information to enterprises processes no procedure for them: no obligation is cited.
    { name: 'a portal serving enterprises', elements: `${GROUP}\n- {kind: information-system, id: cong-tt, name: {vi: "Cổng thông tin"}, status: current, owner: bo, role: portal, users: [doanh-nghiep]}` },
  ],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'no-business-registry', element: 'ht-1', data: { service: 'dv-1' } }] }],
});
