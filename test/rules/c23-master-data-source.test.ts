import rule from '../../src/rules/c23-master-data-source.js';
import { ruleTester } from './rule-tester.js';

const DB = (id: string, fields: string) => `- {kind: database, id: ${id}, name: {vi: "${id}"}, status: current, owner: bo, ${fields}}`;
const ENT = (fields: string) => `- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, masterData: true, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { framework: 'ndaf-2025', date: '2025-11-01', elements: `${DB('csdl-sao', 'dbKind: chuyen_nganh, replicaOf: national:csdlqg-dan-cu')}\n${ENT('authoritativeSource: national:csdlqg-dan-cu, storedIn: [csdl-sao]')}` },
    { framework: 'ndaf-2025', date: '2025-11-01', name: 'sector database is the source', elements: `${DB('csdl-nganh', 'dbKind: chuyen_nganh')}\n${ENT('authoritativeSource: csdl-nganh, storedIn: [csdl-nganh]')}` },
  ],
  invalid: [
    { framework: 'ndaf-2025', date: '2025-11-01', name: 'no source', elements: ENT('personal: true'), errors: [{ messageId: 'no-source', element: 'dl-1' }] },
    {
      name: 'internal source and an unflagged copy',
      framework: 'ndaf-2025',
      date: '2025-11-01',
      elements: `${DB('csdl-noi-bo', 'dbKind: noi_bo')}\n${DB('csdl-khac', 'dbKind: chuyen_nganh')}\n${ENT('authoritativeSource: csdl-noi-bo, storedIn: [csdl-noi-bo, csdl-khac]')}`,
      errors: [
        { messageId: 'not-national', element: 'dl-1', field: 'authoritativeSource' },
        { messageId: 'unflagged-copy', element: 'dl-1', field: 'storedIn', index: 1 },
      ],
    },
  ],
});
