import rule from '../../src/rules/c42-province.js';
import { ruleTester } from './rule-tester.js';

const UNIT = (province: string) => `- {kind: org-unit, id: so-y-te, name: {vi: "Sở Y tế"}, status: current, unitType: so_nganh_dia_phuong, province: province:${province}}`;

ruleTester.run(rule, {
  valid: [{ framework: 'ndaf-2025', date: '2025-11-01', elements: UNIT('bac-ninh') }, { name: 'before the reorganisation', date: '2024-12-31', elements: UNIT('bac-giang') }],
  invalid: [{ framework: 'ndaf-2025', date: '2025-11-01', elements: UNIT('bac-giang'), errors: [{ messageId: 'abolished', element: 'so-y-te', field: 'province' }] }],
});
