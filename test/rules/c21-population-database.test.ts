import rule from '../../src/rules/c21-population-database.js';
import { ruleTester } from './rule-tester.js';

const SYS = (extra = '') => `- {kind: user-group, id: nguoi-dan, name: {vi: "Người dân"}, status: current, owner: bo, groupType: citizen}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, informationClasses: [personal], users: [nguoi-dan]${extra}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS(', uses: [national:csdlqg-dan-cu]') },
    { name: 'VNeID login', elements: SYS(', uses: [national:vneid]') },
    { name: 'subsystem of a connected system', elements: `${SYS()}\n- {kind: information-system, id: ht-cha, name: {vi: "Cha"}, status: current, owner: bo, subsystems: [ht-1], uses: [national:vneid]}` },
  ],
  invalid: [{ elements: SYS(), errors: [{ messageId: 'no-population-db', element: 'ht-1' }] }],
});
