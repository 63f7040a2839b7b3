import rule from '../../src/rules/c02-required-contents.js';
import { ruleTester } from './rule-tester.js';

export const FULL_CONTENTS = `contents:
  vision: {vi: "Tầm nhìn"}
  scope: {vi: "Phạm vi"}
  objectives:
    - {id: mt-1, text: {vi: "Mục tiêu"}}
  implementation:
    measures:
      - {vi: "Giải pháp"}
`;
const ELEMENTS = `- {kind: principle, id: nt-1, name: {vi: "Nguyên tắc"}, status: current, owner: bo, statement: {vi: "Nội dung"}}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}`;

ruleTester.run(rule, {
  valid: [{ manifest: FULL_CONTENTS, elements: ELEMENTS }],
  invalid: [
    {
      name: 'no vision, no principles',
      manifest: FULL_CONTENTS.replace('  vision: {vi: "Tầm nhìn"}\n', ''),
      elements: `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}`,
      errors: [
        { messageId: 'missing', manifest: ['contents'] },
        { messageId: 'missing', manifest: ['contents'] },
      ],
    },
    {
      name: 'no contents at all',
      elements: ELEMENTS,
      errors: [
        { messageId: 'missing', manifest: [] },
        { messageId: 'missing', manifest: [] },
        { messageId: 'missing', manifest: [] },
        { messageId: 'missing', manifest: [] },
      ],
    },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
