import rule from '../../src/rules/c07-security-level-declared.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { elements: `- {kind: information-system, id: he-thong-a, name: {vi: "Hệ thống A"}, status: current, owner: bo, securityLevel: 2}` },
    { name: 'no systems', elements: '' },
    { name: 'a platform with its level', elements: `- {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, securityLevel: 3}` },
  ],
  invalid: [
    {
      elements: `- {kind: information-system, id: he-thong-a, name: {vi: "Hệ thống A"}, status: current, owner: bo}
- {kind: information-system, id: he-thong-b, name: {vi: "Hệ thống B"}, status: current, owner: bo, securityLevel: 3}`,
      errors: [{ messageId: 'missing', element: 'he-thong-a' }],
    },
    {
      name: 'a platform is an information system (NĐ 85/2016) and declares its level too',
      elements: `- {kind: platform, id: lgsp, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp}`,
      errors: [{ messageId: 'missing', element: 'lgsp' }],
    },
  ],
});
