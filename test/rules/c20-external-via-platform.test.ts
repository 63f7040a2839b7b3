import rule from '../../src/rules/c20-external-via-platform.js';
import { ruleTester } from './rule-tester.js';

const BASE = `- {kind: platform, id: lgsp-bo, name: {vi: "LGSP"}, status: current, owner: bo, platformType: lgsp, level: ministry}
- {kind: information-system, id: ht-1, name: {vi: "HT"}, status: current, owner: bo}`;
const ITG = (fields: string) => `${BASE}\n- {kind: integration, id: kn-1, name: {vi: "KN"}, status: current, owner: bo, from: ht-1, ${fields}}`;

ruleTester.run(rule, {
  valid: [
    { elements: ITG('to: national:csdlqg-dan-cu, via: [lgsp-bo, national:ndxp]') },
    { name: 'internal link needs no platform', elements: `${ITG('to: lgsp-bo')}` },
    // The national platforms are hubs themselves: the document system's link to VDXP (QĐ 28/2018) is no bypass.
    { name: 'a direct link to VDXP, a national hub', elements: ITG('to: national:vdxp') },
    { name: 'a direct link to the National Public Service Portal', elements: ITG('to: national:cong-dvcqg') },
  ],
  invalid: [
    { name: 'point-to-point to a national database', elements: ITG('to: national:csdlqg-dan-cu'), errors: [{ messageId: 'direct', element: 'kn-1', field: 'to' }] },
    { name: 'point-to-point to another ministry', elements: ITG('to: ministry:BCA'), errors: [{ messageId: 'direct', element: 'kn-1', field: 'to' }] },
    { name: 'via lists no platform', elements: `${ITG('to: national:csdlqg-dkdn, via: [ht-2]')}\n- {kind: platform, id: ht-2, name: {vi: "P"}, status: current, owner: bo, platformType: other}`, errors: [{ messageId: 'direct', element: 'kn-1', field: 'via' }] },
  ],
});
