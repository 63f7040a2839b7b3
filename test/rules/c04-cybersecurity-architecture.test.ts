import rule from '../../src/rules/c04-cybersecurity-architecture.js';
import { describe, expect, it } from 'vitest';
import { runCase, ruleTester } from './rule-tester.js';

const BASES = (numbers: string[]) => `contents:\n  legalBases:\n${numbers.map((n) => `    - {number: "${n}"}`).join('\n')}\n`;

ruleTester.run(rule, {
  valid: [
    { name: 'both laws in the manifest', manifest: BASES(['86/2015/QH13', '24/2018/QH14']) },
    // Issued 10/12/2025, in force 01/07/2026: once issued, citing it stands for the two laws it replaces.
    { name: 'the 2025 law covers both', date: '2026-01-15', manifest: BASES(['116/2025/QH15']) },
    { name: 'cited by a security control', elements: `- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo, legalBasis: ["Luật An toàn thông tin mạng 86/2015/QH13", "Luật An ninh mạng 24/2018/QH14"]}` },
  ],
  invalid: [
    { name: 'a 2024 architecture cannot rest on a law issued in 2025', manifest: BASES(['116/2025/QH15']), errors: [{ messageId: 'missing-law', manifest: ['contents', 'legalBases'] }, { messageId: 'missing-law', manifest: ['contents', 'legalBases'] }] },
    { name: 'only the 2015 law', manifest: BASES(['86/2015/QH13']), errors: [{ messageId: 'missing-law', manifest: ['contents', 'legalBases'] }] },
    { name: 'no legal bases', errors: [{ messageId: 'missing-law', manifest: [] }, { messageId: 'missing-law', manifest: [] }] },
  ],
  notApplicable: [{ framework: '2.0', date: '2021-01-01', status: 'approved' }],
});

describe('C04 names the law to cite on the assessment date (the 2025 law from its effective date in legal-documents.json)', () => {
  const missing = (date: string, numbers = ['86/2015/QH13']) => runCase(rule, { date, asOf: date, ...(numbers.length ? { manifest: BASES(numbers) } : {}) }).findings.map((f) => f.message.en);
  it('before 01/07/2026: the Cybersecurity Law 24/2018/QH14', () => {
    expect(missing('2026-06-30')).toEqual([expect.stringContaining('(24/2018/QH14)')]);
  });
  it('from 01/07/2026: the merged law 116/2025/QH15, once, when no security law is cited', () => {
    expect(missing('2026-07-01', [])).toEqual(['The legal bases do not cite the Cybersecurity Law (116/2025/QH15)']);
    expect(missing('2026-07-01', ['85/2016/NĐ-CP'])).toEqual(['The legal bases do not cite the Cybersecurity Law (116/2025/QH15)']);
  });
  it('from 01/07/2026, a law it replaced is cited: not an absence but an outdated citation, which C44 reports', () => {
    expect(missing('2026-07-01')).toEqual([]);
    expect(missing('2026-07-01', ['86/2015/QH13', '24/2018/QH14'])).toEqual([]);
  });
});
