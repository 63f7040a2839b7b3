import rule from '../../src/rules/c50-national-copy.js';
import { ruleTester } from './rule-tester.js';

const DB = `- {kind: database, id: csdl-bo, name: {vi: "CSDL Bộ"}, status: current, owner: bo, dbKind: chuyen_nganh}`;
const ENT = (fields: string) => `${DB}\n- {kind: data-entity, id: dl-cong-dan, name: {vi: "Thông tin công dân"}, status: current, owner: bo, copyOf: national:csdlqg-dan-cu, storedIn: [csdl-bo]${fields}}`;
const AT = { date: '2025-11-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: ENT(', authoritativeSource: national:csdlqg-dan-cu, replica: true') },
    { ...AT, name: 'master data of the nation, kept as a replica', elements: ENT(', authoritativeSource: national:csdlqg-dan-cu, replica: true, masterData: true') },
  ],
  invalid: [
    { ...AT, name: 'its own master copy', elements: ENT(', authoritativeSource: csdl-bo, masterData: true'), errors: [{ messageId: 'local-master', element: 'dl-cong-dan', field: 'authoritativeSource', data: { national: 'national:csdlqg-dan-cu', source: 'csdl-bo' } }] },
    { ...AT, name: 'no source at all', elements: ENT(''), errors: [{ messageId: 'local-master', element: 'dl-cong-dan', field: 'copyOf', data: { source: '—' } }] },
    { ...AT, name: 'a copy not marked as one', elements: ENT(', authoritativeSource: national:csdlqg-dan-cu'), errors: [{ messageId: 'not-marked', element: 'dl-cong-dan', field: 'copyOf' }] },
  ],
  notApplicable: [{ date: '2025-10-21', elements: ENT('') }],
});
