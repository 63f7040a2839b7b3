import rule from '../../src/rules/c03-component-architectures.js';
import { ruleTester } from './rule-tester.js';

const ALL = `- {kind: business-function, id: nv-1, name: {vi: "NV"}, status: current, owner: bo}
- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: technology-component, id: cn-1, name: {vi: "CN"}, status: current, owner: bo}
- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo}`;

ruleTester.run(rule, {
  valid: [{ elements: ALL }],
  invalid: [
    {
      name: 'no security and no technology',
      elements: ALL.split('\n').slice(0, 3).join('\n'),
      errors: [
        { messageId: 'missing', manifest: [] },
        { messageId: 'missing', manifest: [] },
      ],
    },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
