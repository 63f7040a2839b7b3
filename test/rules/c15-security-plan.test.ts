import rule from '../../src/rules/c15-security-plan.js';
import { ruleTester } from './rule-tester.js';

const SYS = `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}`;

ruleTester.run(rule, {
  valid: [
    {
      elements: `${SYS}
- {kind: security-control, id: at-ql, name: {vi: "Quản lý"}, status: current, owner: bo, covers: [ht-1], tcvn11930Groups: [policy, organisation, human_resources, design_build, operations]}
- {kind: security-control, id: at-kt, name: {vi: "Kỹ thuật"}, status: current, owner: bo, covers: [ht-1], tcvn11930Groups: [network, server, application, data]}`,
    },
  ],
  invalid: [
    {
      name: 'a platform covered by a management plan only',
      elements: `- {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, securityLevel: 3}\n- {kind: security-control, id: at-ql, name: {vi: "QL"}, status: current, owner: bo, covers: [lgsp], tcvn11930Groups: [policy, organisation, human_resources, design_build, operations]}`,
      errors: [{ messageId: 'missing-groups', element: 'lgsp' }],
    },
    { name: 'no plan', elements: SYS, errors: [{ messageId: 'no-plan', element: 'ht-1' }] },
    {
      name: 'technical groups missing',
      elements: `${SYS}\n- {kind: security-control, id: at-ql, name: {vi: "QL"}, status: current, owner: bo, covers: [ht-1], tcvn11930Groups: [policy, organisation, human_resources, design_build, operations]}`,
      errors: [{ messageId: 'missing-groups', element: 'ht-1' }],
    },
  ],
});
