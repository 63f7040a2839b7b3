import rule from '../../src/rules/c46-vneid-login.js';
import { ruleTester } from './rule-tester.js';

const CITIZENS = '- {kind: user-group, id: nguoi-dan, name: {vi: "Người dân"}, status: current, owner: bo, groupType: citizen}';
const SYS = (extra = '') => `${CITIZENS}
- {kind: information-system, id: ht-tthc, name: {vi: "HT TTHC"}, status: current, owner: bo${extra}}
- {kind: public-service, id: dv-1, name: {vi: "Cấp phép"}, status: current, owner: bo, onlineLevel: toan_trinh, processedBy: ht-tthc, users: [nguoi-dan]}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', uses: [national:vneid]') },
    { name: 'through an integration', elements: `${SYS()}\n- {kind: integration, id: kn-vneid, name: {vi: "KN"}, status: current, owner: bo, from: ht-tthc, to: national:vneid}` },
    { name: 'procedures only in person', elements: SYS().replace('onlineLevel: toan_trinh', 'onlineLevel: none') },
  ],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'no-vneid', element: 'ht-tthc', data: { service: 'dv-1' } }] }],
  notApplicable: [{ date: '2024-06-30', elements: SYS() }],
});
