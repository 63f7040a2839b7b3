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
    {
      // Databases and platforms are classified by DRM and ARM like entities and systems: asked the same way.
      name: 'a database and a platform without codes',
      elements: `- {kind: database, id: csdl-1, name: {vi: "CSDL"}, status: current, owner: bo, dbKind: noi_bo}
- {kind: platform, id: lgsp-1, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp}
- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: lgsp-1, to: national:ndxp}`,
      errors: [
        { messageId: 'missing', element: 'csdl-1' },
        { messageId: 'missing', element: 'lgsp-1' },
      ],
    },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
