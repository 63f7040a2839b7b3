import rule from '../../src/rules/c32-protocol-standards.js';
import { ruleTester } from './rule-tester.js';

const ITG = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: information-system, id: ht-2, name: {vi: "HT2"}, status: current, owner: bo}
- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: ht-2, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: ITG('method: api_rest, protocols: [std:tt39-1.1-http-1.1]') },
    { name: 'through an adopted standard', elements: `${ITG('method: api_rest, protocols: [tc-http]')}\n- {kind: standard, id: tc-http, name: {vi: "HTTP"}, status: current, owner: bo, catalogueRef: std:tt39-1.1-http-1.1}` },
    { name: 'manual exchange', elements: ITG('method: manual') },
  ],
  invalid: [
    { elements: ITG('method: api_rest'), errors: [{ messageId: 'no-protocols', element: 'kn-1' }] },
    {
      name: 'a local standard outside the catalogue',
      elements: `${ITG('method: file, protocols: [std:tt39-1.2-ftp, tc-rieng]')}\n- {kind: standard, id: tc-rieng, name: {vi: "Riêng"}, status: current, owner: bo}`,
      errors: [{ messageId: 'not-in-catalogue', element: 'kn-1', field: 'protocols', index: 1 }],
    },
  ],
});
