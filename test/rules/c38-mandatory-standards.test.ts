import rule from '../../src/rules/c38-mandatory-standards.js';
import { Catalogues } from '../../src/catalog/catalog.js';
import { ruleTester } from './rule-tester.js';

// Every verified mandatory row of the connection group, from the catalogue itself.
const mandatory = Catalogues.load().entries('std').filter((e) => e.group === 'ket_noi' && e.status === 'bat_buoc' && e.verified === true && (!e.validFrom || e.validFrom <= '2024-12-31'));
const STD = (id: string, extra = '') => `- {kind: standard, id: tc-${id.replace(/[^a-z0-9]+/g, '-')}, name: {vi: "${id}"}, status: current, owner: bo, catalogueRef: std:${id}${extra}}`;

ruleTester.run(rule, {
  valid: [
    { elements: mandatory.map((e) => STD(e.id)).join('\n') },
    { name: 'one waived with a reason', elements: mandatory.map((e, i) => STD(e.id, i === 0 ? ', waiverReason: {vi: "Không dùng"}' : '')).join('\n') },
  ],
  invalid: [
    {
      name: 'the connection group is used but TCP is not adopted',
      elements: mandatory.filter((e) => e.id !== 'tt39-1.9-tcp').map((e) => STD(e.id)).join('\n'),
      errors: [{ messageId: 'missing-mandatory', element: mandatory.filter((e) => e.id !== 'tt39-1.9-tcp').map((e) => `tc-${e.id.replace(/[^a-z0-9]+/g, '-')}`).sort()[0]! }],
    },
  ],
});
