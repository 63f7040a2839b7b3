import rule from '../../src/rules/c26-mandatory-sharing.js';
import { ruleTester } from './rule-tester.js';

const BASE = `- {kind: database, id: csdl-nganh, name: {vi: "CSDL ngành"}, status: current, owner: bo, dbKind: chuyen_nganh}
- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, masterData: true, authoritativeSource: csdl-nganh}`;
const SHARING = (status: string) => `- {kind: integration, id: kn-1, name: {vi: "KN"}, status: ${status}, owner: bo, from: csdl-nganh, to: national:ndxp, via: [national:ndc-coordination], dataEntities: [dl-1]}`;
const PROJECT = (end: string) => `- {kind: gap, id: kc-1, name: {vi: "KC"}, status: current, owner: bo}
- {kind: project, id: da-1, name: {vi: "DA"}, status: planned, owner: bo, start: 2026-01-01, end: ${end}, addresses: [kc-1], delivers: [kn-1]}`;

ruleTester.run(rule, {
  valid: [
    { name: 'shared through the coordination platform', framework: 'ndaf-2025', date: '2025-12-01', elements: `${BASE}\n${SHARING('current')}` },
    { name: 'sharing planned, its project ends by the deadline', framework: 'ndaf-2025', date: '2025-12-01', elements: `${BASE}\n${SHARING('planned')}\n${PROJECT('2026-12-31')}` },
  ],
  invalid: [
    { framework: 'ndaf-2025', date: '2025-12-01', elements: BASE, errors: [{ messageId: 'not-shared', element: 'dl-1', data: { deadline: '2026-12-31' } }] },
    // The duty does not lapse at its deadline: after it, the entity is overdue.
    { name: 'after the deadline: overdue', framework: 'ndaf-2025', date: '2025-12-01', asOf: '2027-01-01', elements: BASE, errors: [{ messageId: 'overdue', element: 'dl-1' }] },
    {
      name: 'sharing planned by a project that ends after the deadline',
      framework: 'ndaf-2025',
      date: '2025-12-01',
      elements: `${BASE}\n${SHARING('planned')}\n${PROJECT('2027-06-30')}`,
      errors: [{ messageId: 'late-project', element: 'da-1', field: 'end', data: { end: '2027-06-30', deadline: '2026-12-31' } }],
    },
  ],
  notApplicable: [{ date: '2024-12-31' }],
});
