import rule from '../../src/rules/c11-infrastructure-level.js';
import { ruleTester } from './rule-tester.js';

const INFRA = (level: number, extra = '') => `- {kind: information-system, id: ha-tang, name: {vi: "Hạ tầng"}, status: current, owner: bo, systemType: information_infrastructure, securityLevel: ${level}${extra}}
- {kind: org-unit, id: cuc, name: {vi: "Cục"}, status: current}
- {kind: information-system, id: ht-a, name: {vi: "A"}, status: current, owner: bo, dependsOn: [ha-tang]}
- {kind: information-system, id: ht-b, name: {vi: "B"}, status: current, owner: cuc, dependsOn: [ha-tang]}`;

ruleTester.run(rule, {
  valid: [{ elements: INFRA(3) }],
  invalid: [
    { name: 'shared by two units', elements: INFRA(2), errors: [{ messageId: 'shared', element: 'ha-tang', field: 'securityLevel' }] },
    { name: 'critical 24/7', elements: INFRA(3, ', availability: 24x7, criticality: critical'), errors: [{ messageId: 'nationwide', element: 'ha-tang', field: 'securityLevel' }] },
  ],
});
