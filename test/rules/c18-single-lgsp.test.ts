import rule from '../../src/rules/c18-single-lgsp.js';
import { ruleTester } from './rule-tester.js';

const LGSP = (id: string) => `- {kind: platform, id: ${id}, name: {vi: "LGSP ${id}"}, status: current, owner: bo, platformType: lgsp, level: ministry}`;

ruleTester.run(rule, {
  valid: [{ elements: LGSP('lgsp-bo') }],
  invalid: [
    { name: 'none', errors: [{ messageId: 'none', manifest: [] }] },
    { name: 'two', elements: `${LGSP('lgsp-a')}\n${LGSP('lgsp-b')}`, errors: [{ messageId: 'several', element: 'lgsp-b' }] },
  ],
});
