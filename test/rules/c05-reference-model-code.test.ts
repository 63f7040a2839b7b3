import rule from '../../src/rules/c05-reference-model-code.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [
    {
      elements: `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo, refModel: ARM001.002}
- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, refModel: DRM001}
- {kind: public-service, id: dv-1, name: {vi: "DV"}, status: current, owner: bo}`,
    },
  ],
  invalid: [
    {
      elements: `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, refModel: ARM001}`,
      errors: [
        { messageId: 'missing', element: 'ht-1' },
        { messageId: 'wrong-model', element: 'dl-1', field: 'refModel' },
      ],
    },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
