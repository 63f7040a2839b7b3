import rule from '../../src/rules/c36-tls.js';
import { ruleTester } from './rule-tester.js';

const ITG = (fields: string) => `- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}
- {kind: information-system, id: ht-2, name: {vi: "HT2"}, status: current, owner: bo}
- {kind: data-entity, id: dl-cd, name: {vi: "Công dân"}, status: current, owner: bo, personal: true}
- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, to: ht-2, method: api_rest, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: ITG('dataEntities: [dl-cd], encryption: tls_1_3') },
    { elements: ITG('carriesPersonalData: true, protocols: [std:tt39-tls-1.2]') },
    { name: 'no personal data', elements: ITG('encryption: none') },
  ],
  invalid: [
    { elements: ITG('dataEntities: [dl-cd], encryption: none'), errors: [{ messageId: 'no-tls', element: 'kn-1', field: 'encryption' }] },
    { elements: ITG('carriesPersonalData: true'), errors: [{ messageId: 'no-tls', element: 'kn-1' }] },
  ],
});
