import rule from '../../src/rules/c09-level-by-information-class.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: SYS('securityLevel: 1, systemType: internal_operations, informationClasses: [public]') },
    { elements: SYS('securityLevel: 2, systemType: internal_operations, informationClasses: [personal]') },
  ],
  invalid: [
    { elements: SYS('securityLevel: 1, systemType: internal_operations, informationClasses: [public, personal]'), errors: [{ messageId: 'personal-or-private', element: 'ht-1', field: 'securityLevel' }] },
    { elements: SYS('securityLevel: 1, systemType: citizen_business_services, informationClasses: [public]'), errors: [{ messageId: 'not-internal', element: 'ht-1', field: 'securityLevel' }] },
  ],
});
