import rule from '../../src/rules/c35-text-encoding.js';
import { ruleTester } from './rule-tester.js';

const ITG = (protocols: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: information-system, id: ht-2, name: {vi: "HT2"}, status: current, owner: bo}
- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: ht-2, method: api_rest, protocols: [${protocols}]}`;

ruleTester.run(rule, {
  valid: [
    { elements: ITG('std:tt39-utf-8, std:tt39-xml-1.0') },
    { elements: ITG('std:tt39-utf-8, std:tt39-json') },
    // TT 22/2020 (digital-signature software) is not asked of a REST API: no TCVN 6909 finding.
    { name: 'no TT 22/2020 row needed', elements: ITG('std:tt39-utf-8, std:tt39-json, std:tt39-1.1-http-1.1') },
  ],
  invalid: [
    {
      elements: ITG('std:tt39-1.1-http-1.1'),
      errors: [
        { messageId: 'no-utf8', element: 'kn-1', field: 'protocols' },
        { messageId: 'no-format', element: 'kn-1', field: 'protocols' },
      ],
    },
  ],
});
