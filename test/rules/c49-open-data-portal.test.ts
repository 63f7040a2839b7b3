import rule from '../../src/rules/c49-open-data-portal.js';
import { ruleTester } from './rule-tester.js';

const SYS = (fields = '') => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo${fields}}`;
const DB = (fields: string) => `- {kind: database, id: csdl-mo, name: {vi: "Dữ liệu mở"}, status: current, owner: bo, ${fields}}`;
const AT = { date: '2025-09-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: `${SYS(', uses: [national:open-data-portal]')}\n${DB('openData: true, managedBy: ht-1')}` },
    { ...AT, name: 'no open data', elements: DB('dbKind: noi_bo') },
  ],
  invalid: [
    { ...AT, elements: `${SYS()}\n${DB('openData: true, managedBy: ht-1')}`, errors: [{ messageId: 'not-published', element: 'csdl-mo' }] },
    { ...AT, name: 'an open database', elements: DB('dbKind: mo'), errors: [{ messageId: 'not-published', element: 'csdl-mo' }] },
  ],
  notApplicable: [{ date: '2025-08-18', elements: DB('dbKind: mo') }],
});
