import rule from '../../src/rules/c38-mandatory-standards.js';
import { ruleTester } from './rule-tester.js';

const STD = (id: string, extra = '') => `- {kind: standard, id: tc-${id.replace(/[^a-z0-9]+/g, '-')}, name: {vi: "${id}"}, status: current, owner: bo, catalogueRef: std:${id}${extra}}`;
const MAIL = '- {kind: information-system, id: ht-thu, name: {vi: "Thư điện tử"}, status: current, owner: bo, role: email}';
const LAN = '- {kind: technology-component, id: mang-lan, name: {vi: "Mạng LAN"}, status: current, owner: bo, techType: network_lan}';
const NETWORK = ['tt39-1.10-udp', 'tt39-1.11-ipv4', 'tt39-1.8-dns', 'tt39-1.9-tcp'];

ruleTester.run(rule, {
  valid: [
    // The 2015-era wording grouped standards by category; a REST integration no longer makes WLAN, mail and directory standards due.
    { name: 'no domain of a mandatory standard is used', elements: '- {kind: information-system, id: ht-a, name: {vi: "A"}, status: current, owner: bo, role: hr}' },
    { name: 'a mail system and SMTP/MIME adopted', elements: [MAIL, STD('tt39-1.5-smtp-mime')].join('\n') },
    { name: 'the network standards adopted where there is a network', elements: [LAN, ...NETWORK.map((id) => STD(id))].join('\n') },
    { name: 'waived with a reason', elements: [MAIL, STD('tt39-1.5-smtp-mime', ', waiverReason: {vi: "Dùng dịch vụ thư của Chính phủ"}')].join('\n') },
  ],
  invalid: [
    {
      name: 'a mail system without SMTP/MIME: one finding, on the mail system',
      elements: MAIL,
      errors: [{ messageId: 'missing-mandatory', element: 'ht-thu', data: { standard: 'std:tt39-1.5-smtp-mime', first: 'ht-thu', count: 1 } }],
    },
    {
      name: 'a network without TCP: only TCP is reported',
      elements: [LAN, ...NETWORK.filter((id) => id !== 'tt39-1.9-tcp').map((id) => STD(id))].join('\n'),
      errors: [{ messageId: 'missing-mandatory', element: 'mang-lan', data: { standard: 'std:tt39-1.9-tcp' } }],
    },
  ],
});
