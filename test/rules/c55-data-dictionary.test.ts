import rule from '../../src/rules/c55-data-dictionary.js';
import { ruleTester } from './rule-tester.js';

const ENT = (fields: string) => `- {kind: data-entity, id: dl-1, name: {vi: "DL"}, status: current, owner: bo, ${fields}}`;
const AT = { date: '2025-11-01' };

ruleTester.run(rule, {
  valid: [
    { ...AT, elements: ENT('masterData: true, dictionaryRef: "DM.CD.001"') },
    { ...AT, name: 'not master data', elements: ENT('personal: true') },
  ],
  invalid: [{ ...AT, elements: ENT('masterData: true'), errors: [{ messageId: 'not-stated', element: 'dl-1' }] }],
  notApplicable: [{ date: '2025-10-21', elements: ENT('masterData: true') }],
});
