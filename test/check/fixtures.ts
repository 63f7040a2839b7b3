import { tempRepo } from '../helpers/cli.js';

export const UNITS = `elements:
  - {kind: org-unit, id: bo, name: {vi: "Bộ Y tế"}, status: current}
`;

/**
 * Two systems, one without a security level (C07) and waived; the manifest configures rules (line 5 on)
 * and turns off the rules about a whole architecture that a two-element repository cannot meet.
 */
export function waiverRepo(opts: { expires?: string; waiverRule?: string; rules?: string; extraElements?: string } = {}): string {
  return tempRepo({
    'arch.yaml': `ministry: {code: BYT, name: {vi: "Bộ Y tế"}}
framework: "3.0"
architecture: {version: "1.0", date: 2024-12-31, status: draft}
rules:
${opts.rules ?? '  C07: error'}
  C02: "off"
  C03: "off"
  C18: "off"
  C29: "off"
waivers:
  - rule: ${opts.waiverRule ?? 'C07'}
    elements: [ht-cu]
    justification: {vi: "Hệ thống sắp dừng", en: "System being retired"}
    approvedBy: "Thứ trưởng"
    approvedOn: 2024-10-01
    expires: ${opts.expires ?? '2025-06-30'}
assessment: {asOf: 2024-12-31}
`,
    'elements.yaml': `${UNITS}  - {kind: information-system, id: ht-cu, name: {vi: "Hệ thống cũ"}, status: retiring, owner: bo}
  - {kind: information-system, id: ht-moi, name: {vi: "Hệ thống mới"}, status: current, owner: bo, securityLevel: 2}
${opts.extraElements ?? ''}`,
  });
}
