import rule from '../../src/rules/c47-data-importance.js';
import { ruleTester } from './rule-tester.js';

const DB = (id: string, kind: string) => `- {kind: database, id: ${id}, name: {vi: "${id}"}, status: current, owner: bo, dbKind: ${kind}}`;
const ENT = (fields: string) => `- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, ${fields}}`;
const AT = { date: '2025-08-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: ENT('masterData: true, importance: important') },
    { ...AT, name: 'kept in an internal database only', elements: `${DB('csdl-noi-bo', 'noi_bo')}\n${ENT('storedIn: [csdl-noi-bo]')}` },
    { ...AT, name: 'a replica takes the class of its source', elements: `${DB('csdl-nganh', 'chuyen_nganh')}\n${ENT('storedIn: [csdl-nganh], replica: true')}` },
  ],
  invalid: [
    { ...AT, elements: ENT('masterData: true'), errors: [{ messageId: 'master-not-stated', element: 'dl-1' }] },
    { ...AT, name: 'kept in a sector database', elements: `${DB('csdl-nganh', 'chuyen_nganh')}\n${ENT('storedIn: [csdl-nganh]')}`, errors: [{ messageId: 'held-not-stated', element: 'dl-1', data: { database: 'csdl-nganh' } }] },
  ],
  notApplicable: [{ date: '2025-06-30', elements: ENT('masterData: true') }],
});
