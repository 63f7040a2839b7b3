import rule from '../../src/rules/c25-shared-database-offered.js';
import { ruleTester } from './rule-tester.js';

const DB = `- {kind: database, id: csdl-mo, name: {vi: "Dữ liệu mở"}, status: current, owner: bo, dbKind: mo}`;

ruleTester.run(rule, {
  valid: [
    { framework: '4.0', date: '2025-09-01', elements: `${DB}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: csdl-mo, to: national:open-data-portal}` },
    { framework: '4.0', date: '2025-09-01', name: 'internal database needs no sharing', elements: `- {kind: database, id: csdl-nb, name: {vi: "NB"}, status: current, owner: bo, dbKind: noi_bo}` },
  ],
  invalid: [{ framework: '4.0', date: '2025-09-01', elements: DB, errors: [{ messageId: 'not-shared', element: 'csdl-mo' }] }],
});
