import rule from '../../src/rules/c39-roadmap-projects.js';
import { ruleTester } from './rule-tester.js';

const BASE = `- {kind: information-system, id: ht-moi, name: {vi: "HT mới"}, status: planned, owner: bo}
- {kind: gap, id: kc-1, name: {vi: "Khoảng cách"}, status: current, owner: bo, to: ht-moi}`;
const PRJ = (id: string, fields: string) => `- {kind: project, id: ${id}, name: {vi: "${id}"}, status: planned, owner: bo, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: `${BASE}\n${PRJ('da-1', 'addresses: [kc-1], delivers: [ht-moi], start: 2025-01-01')}\n${PRJ('da-2', 'addresses: [kc-1], delivers: [ht-moi], start: 2025-06-01, dependsOn: [da-1]')}` },
  ],
  invalid: [
    { name: 'no gap, no delivery', elements: `${BASE}\n${PRJ('da-1', 'start: 2025-01-01')}`, errors: [{ messageId: 'no-gap', element: 'da-1' }, { messageId: 'no-delivery', element: 'da-1' }] },
    {
      name: 'starts before its dependency',
      elements: `${BASE}\n${PRJ('da-1', 'addresses: [kc-1], delivers: [ht-moi], start: 2025-06-01')}\n${PRJ('da-2', 'addresses: [kc-1], delivers: [ht-moi], start: 2025-01-01, dependsOn: [da-1]')}`,
      errors: [{ messageId: 'starts-before', element: 'da-2', field: 'dependsOn', index: 0 }],
    },
    {
      name: 'dependency cycle',
      allowErrors: ['graph/cycle'],
      elements: `${BASE}\n${PRJ('da-1', 'addresses: [kc-1], delivers: [ht-moi], dependsOn: [da-2]')}\n${PRJ('da-2', 'addresses: [kc-1], delivers: [ht-moi], dependsOn: [da-1]')}`,
      errors: [{ messageId: 'cycle', element: 'da-1', field: 'dependsOn', index: 0 }],
    },
  ],
});
