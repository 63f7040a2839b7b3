import rule from '../../src/rules/c57-district-unit.js';
import { ruleTester } from './rule-tester.js';

const UNITS = (district: string) => `- {kind: org-unit, id: ubnd-xa-hoa-vang, name: {vi: "UBND xã Hòa Vang"}, status: current, unitType: ubnd_xa}
- {kind: org-unit, id: ubnd-huyen-hoa-vang, name: {vi: "UBND huyện Hòa Vang"}, unitType: ubnd_huyen, ${district}}`;
const AT = { framework: 'ndaf-2025', date: '2025-09-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, name: 'a retiring district with its successor', elements: UNITS('status: retiring, successor: ubnd-xa-hoa-vang') },
    { ...AT, name: 'communes only', elements: UNITS('status: retiring, successor: ubnd-xa-hoa-vang').split('\n')[0]! },
  ],
  invalid: [
    {
      ...AT,
      elements: UNITS('status: current, successor: ubnd-xa-hoa-vang'),
      errors: [{ messageId: 'still-active', element: 'ubnd-huyen-hoa-vang', field: 'status', data: { since: '2025-07-01', successor: 'ubnd-xa-hoa-vang' } }],
    },
    { ...AT, name: 'no successor named', elements: UNITS('status: retiring'), errors: [{ messageId: 'no-successor', element: 'ubnd-huyen-hoa-vang' }] },
    { name: 'a 2024 architecture assessed after the reform', date: '2024-06-01', asOf: '2025-08-01', elements: UNITS('status: current'), errors: [{ messageId: 'no-successor', element: 'ubnd-huyen-hoa-vang' }] },
  ],
  notApplicable: [{ date: '2025-06-15', elements: UNITS('status: current') }],
});
