import rule from '../../src/rules/c12-state-secret-level.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS('securityLevel: 3, informationClasses: [state_secret], secretGrade: mat') },
    { elements: SYS('securityLevel: 5, informationClasses: [state_secret], secretGrade: tuyet_mat') },
  ],
  invalid: [
    { elements: SYS('securityLevel: 2, informationClasses: [state_secret]'), errors: [{ messageId: 'state-secret', element: 'ht-1', field: 'securityLevel' }] },
    { elements: SYS('securityLevel: 4, informationClasses: [state_secret], secretGrade: tuyet_mat'), errors: [{ messageId: 'top-secret', element: 'ht-1', field: 'securityLevel' }] },
  ],
});
