import rule from '../../src/rules/c26-mandatory-sharing.js';
import { ruleTester } from './rule-tester.js';

const BASE = `- {kind: database, id: csdl-nganh, name: {vi: "CSDL ngành"}, status: current, owner: bo, dbKind: chuyen_nganh}
- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, masterData: true, authoritativeSource: csdl-nganh}`;

ruleTester.run(rule, {
  valid: [
    {
      framework: 'ndaf-2025',
      date: '2025-12-01',
      elements: `${BASE}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: target, owner: bo, from: csdl-nganh, to: national:ndxp, via: [national:ndc-coordination], dataEntities: [dl-1]}`,
    },
  ],
  invalid: [{ framework: 'ndaf-2025', date: '2025-12-01', elements: BASE, errors: [{ messageId: 'not-shared', element: 'dl-1' }] }],
  notApplicable: [{ date: '2024-12-31' }, { framework: 'ndaf-2025', date: '2027-01-01' }],
});
