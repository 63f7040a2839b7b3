import rule from '../../src/rules/c29-tthc-system.js';
import { ruleTester } from './rule-tester.js';

const LGSP = `- {kind: platform, id: lgsp-bo, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, level: ministry}`;
const TTHC = (id: string, uses: string) => `- {kind: information-system, id: ${id}, name: {vi: "TTHC ${id}"}, status: current, owner: bo, role: tthc_system, uses: [${uses}]}`;

ruleTester.run(rule, {
  valid: [{ elements: `${LGSP}\n${TTHC('ht-tthc', 'lgsp-bo, national:cong-dvcqg, national:csdlqg-dan-cu')}` }],
  invalid: [
    { name: 'none', elements: LGSP, errors: [{ messageId: 'none', manifest: [] }] },
    {
      name: 'two, unconnected',
      elements: `${LGSP}\n${TTHC('ht-a', 'lgsp-bo, national:cong-dvcqg, national:csdlqg-dan-cu')}\n${TTHC('ht-b', 'national:vneid')}`,
      errors: [
        { messageId: 'several', element: 'ht-b', field: 'role' },
        { messageId: 'no-portal', element: 'ht-b' },
        { messageId: 'no-lgsp', element: 'ht-b' },
        { messageId: 'no-national-db', element: 'ht-b' },
      ],
    },
  ],
  notApplicable: [{ framework: '1.0', date: '2016-01-01', status: 'approved' }],
});
