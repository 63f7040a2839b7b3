import rule from '../../src/rules/c37-signature-crypto.js';
import { ruleTester } from './rule-tester.js';

const TC = (standards: string) => `- {kind: technology-component, id: ky-so, name: {vi: "Ký số"}, status: current, owner: bo, techType: security_device, tags: [digital-signature]${standards}}`;
const AFTER = { framework: 'ndaf-2025', date: '2025-11-01' };

ruleTester.run(rule, {
  valid: [
    { ...AFTER, elements: TC(', standards: [std:tt15-rsa-2048, std:tt15-sha-2, std:tt15-aes-tcvn-7816]') },
    { name: 'untagged components are not signature components', ...AFTER, elements: `- {kind: technology-component, id: may-chu, name: {vi: "Máy chủ"}, status: current, owner: bo}` },
  ],
  invalid: [
    { ...AFTER, elements: TC(', standards: [std:tt15-ecdsa-256]'), errors: [{ messageId: 'no-hash', element: 'ky-so', field: 'standards' }, { messageId: 'no-aes', element: 'ky-so', field: 'standards' }] },
    { ...AFTER, elements: TC(''), errors: [{ messageId: 'no-asymmetric', element: 'ky-so' }, { messageId: 'no-hash', element: 'ky-so' }, { messageId: 'no-aes', element: 'ky-so' }] },
  ],
  notApplicable: [{ date: '2025-01-01' }],
});
