import rule from '../../src/rules/c33-http-version.js';
import { ruleTester } from './rule-tester.js';

const ITG = (protocols: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: information-system, id: ht-2, name: {vi: "HT2"}, status: current, owner: bo}
- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: ht-2, method: api_rest, protocols: [${protocols}]}`;

ruleTester.run(rule, {
  valid: [{ elements: ITG('std:tt39-1.1-http-1.1, std:tt39-1.1-http-2') }],
  invalid: [
    { elements: ITG('std:tt39-1.1-http-2'), errors: [{ messageId: 'http2-only', element: 'kn-1', field: 'protocols' }] },
    { elements: ITG('std:tt39-utf-8'), errors: [{ messageId: 'no-http', element: 'kn-1', field: 'protocols' }] },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
