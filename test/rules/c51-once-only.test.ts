import rule from '../../src/rules/c51-once-only.js';
import { ruleTester } from './rule-tester.js';

const BASE = (sysFields = '') => `- {kind: information-system, id: ht-tthc, name: {vi: "HT TTHC"}, status: current, owner: bo${sysFields}}
- {kind: data-entity, id: dl-cong-dan, name: {vi: "Thông tin công dân"}, status: current, owner: bo, authoritativeSource: national:csdlqg-dan-cu, replica: true}
- {kind: public-service, id: dv-1, name: {vi: "Cấp phép"}, status: current, owner: bo, processedBy: ht-tthc, dataEntities: [dl-cong-dan]}`;

ruleTester.run(rule, {
  valid: [
    { elements: BASE(', uses: [national:csdlqg-dan-cu]') },
    { name: 'through an integration', elements: `${BASE()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-tthc, to: national:csdlqg-dan-cu}` },
    { name: 'a procedure that uses no population data', elements: BASE().replace(', dataEntities: [dl-cong-dan]', '') },
  ],
  invalid: [{ elements: BASE(), errors: [{ messageId: 'asks-again', element: 'dv-1', field: 'processedBy', data: { entity: 'dl-cong-dan', system: 'ht-tthc' } }] }],
  notApplicable: [{ date: '2020-04-07', elements: BASE() }],
});
