import rule from '../../src/rules/c54-national-reporting.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields = '') => `- {kind: information-system, id: ht-bao-cao, name: {vi: "HT báo cáo"}, status: current, owner: bo, role: reporting${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', uses: [national:national-reporting]') },
    { name: 'another role', elements: SYS().replace('role: reporting', 'role: email') },
  ],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'not-connected', element: 'ht-bao-cao' }] }],
  notApplicable: [{ date: '2019-01-23', elements: SYS() }],
});
