import rule from '../../src/rules/c56-project-deadline.js';
import { ruleTester } from './rule-tester.js';

const PROJECT = (fields: string, status = 'planned') => `- {kind: project, id: da-1, name: {vi: "DA"}, status: ${status}, owner: bo, ${fields}}`;
const AT = { framework: 'ndaf-2025', date: '2026-03-01' };
const DEADLINE = 'deadline: nd-278-2025#master-data-sharing';

ruleTester.run(rule, {
  valid: [
    { ...AT, name: 'ends on the deadline', elements: PROJECT(`${DEADLINE}, end: 2026-12-31`) },
    { ...AT, name: 'an end written as the deadline year is not certainly late', elements: PROJECT(`${DEADLINE}, end: "2026"`) },
    { ...AT, name: 'no deadline named', elements: PROJECT('end: 2030-12-31') },
    { ...AT, name: 'delivered after the deadline passed', asOf: '2027-02-01', elements: PROJECT(`${DEADLINE}, end: 2026-11-30`, 'current') },
  ],
  invalid: [
    {
      ...AT,
      elements: PROJECT(`${DEADLINE}, end: 2027-06-30`),
      errors: [{ messageId: 'ends-after', element: 'da-1', field: 'end', data: { end: '2027-06-30', date: '2026-12-31', document: '278/2025/NĐ-CP' } }],
    },
    { ...AT, name: 'an end written as a later month', elements: PROJECT(`${DEADLINE}, end: "2027-01"`), errors: [{ messageId: 'ends-after', element: 'da-1', field: 'end', data: { end: '2027-01' } }] },
    { ...AT, name: 'no end stated', elements: PROJECT(DEADLINE), errors: [{ messageId: 'no-end', element: 'da-1', field: 'deadline' }] },
    { ...AT, name: 'not delivered past the deadline', asOf: '2027-01-01', elements: PROJECT(`${DEADLINE}, end: 2026-12-01`), errors: [{ messageId: 'overdue', element: 'da-1', field: 'deadline' }] },
    {
      ...AT,
      name: 'a deadline the catalogue does not hold, with the closest one',
      elements: PROJECT('deadline: nd-278-2025#master-data-shared, end: 2026-06-30'),
      errors: [{ messageId: 'unknown-deadline', element: 'da-1', field: 'deadline', data: { deadline: 'nd-278-2025#master-data-shared', suggestion: ' — nd-278-2025#master-data-sharing?' } }],
    },
  ],
  notApplicable: [{ date: '2025-10-01', elements: PROJECT(`${DEADLINE}, end: 2027-06-30`) }],
});
