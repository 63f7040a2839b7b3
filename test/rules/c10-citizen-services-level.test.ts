import rule from '../../src/rules/c10-citizen-services-level.js';
import { ruleTester } from './rule-tester.js';

const SYS = (level: number, subjects: number) =>
  `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, securityLevel: ${level}, systemType: citizen_business_services, personalDataSubjects: ${subjects}}`;
const SERVICE = `- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo, onlineLevel: toan_trinh, processedBy: ht-1}`;

ruleTester.run(rule, {
  valid: [{ elements: SYS(3, 50000) }, { elements: SYS(2, 9999) }, { elements: `${SYS(3, 10)}\n${SERVICE}` }],
  invalid: [
    { elements: SYS(2, 10000), errors: [{ messageId: 'many-subjects', element: 'ht-1', field: 'securityLevel' }] },
    { elements: `${SYS(2, 10)}\n${SERVICE}`, errors: [{ messageId: 'online-service', element: 'ht-1', field: 'securityLevel' }] },
  ],
});
