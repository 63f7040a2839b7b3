import rule from '../../src/rules/c19-lgsp-connected.js';
import { ruleTester } from './rule-tester.js';

const LGSP = (extra = '') => `- {kind: platform, id: lgsp-bo, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, level: ministry${extra}}`;

ruleTester.run(rule, {
  valid: [
    { elements: LGSP(', connectsTo: [national:ndxp]') },
    { name: 'through an integration', elements: `${LGSP()}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: lgsp-bo, to: national:ndxp}` },
  ],
  invalid: [{ elements: LGSP(), errors: [{ messageId: 'not-connected', element: 'lgsp-bo' }] }],
});
