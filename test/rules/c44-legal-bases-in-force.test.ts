import rule from '../../src/rules/c44-legal-bases-in-force.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCase } from './rule-tester.js';

const BASES = (n: string[]) => `contents:\n  legalBases:\n${n.map((x) => `    - {number: "${x}"}`).join('\n')}\n`;

ruleTester.run(rule, {
  valid: [
    { manifest: BASES(['2568/QĐ-BTTTT', '85/2016/NĐ-CP']), date: '2024-12-31' },
    { name: 'element cites a law in force', elements: `- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo, legalBasis: ["Thông tư 12/2022/TT-BTTTT"]}` },
  ],
  invalid: [
    { name: 'QĐ 2568 after 25/03/2025', framework: '4.0', date: '2025-06-01', manifest: BASES(['292/QĐ-BKHCN', '2568/QĐ-BTTTT']), errors: [{ messageId: 'repealed', manifest: ['contents', 'legalBases', 1, 'number'] }] },
    { name: 'element cites TT 03/2017', elements: `- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo, legalBasis: ["NĐ 85/2016/NĐ-CP", "Thông tư 03/2017/TT-BTTTT"]}`, errors: [{ messageId: 'repealed-unverified', element: 'at-1', field: 'legalBasis', index: 1 }] },
    { name: 'framework 1.0 cited in 2020: its replacement by 2.0 is recorded but not verified', framework: '2.0', date: '2020-06-01', manifest: BASES(['2323/QĐ-BTTTT', '1178/BTTTT-THH']), errors: [{ messageId: 'repealed-unverified', manifest: ['contents', 'legalBases', 1, 'number'] }] },
  ],
});

describe('C44 cites what ended each text', () => {
  it('names the replacing text in the finding, not every repeal the rule knows', () => {
    const r = runCase(rule, { elements: `- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo, legalBasis: ["Thông tư 03/2017/TT-BTTTT"]}` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.hint!.en).toMatch(/Source: TT 12\/2022\/TT-BTTTT\.$/);
    expect(r.findings[0]!.hint!.vi).toMatch(/Căn cứ: TT 12\/2022\/TT-BTTTT\.$/);
    expect(r.findings[0]!.hint!.en).not.toContain('QĐ 292');
  });

  it('says when the repeal it reports is not verified (TT 03/2017: its replacement date is [M] in legal-documents.json)', () => {
    const r = runCase(rule, { elements: `- {kind: security-control, id: at-1, name: {vi: "AT"}, status: current, owner: bo, legalBasis: ["Thông tư 03/2017/TT-BTTTT"]}` });
    expect(r.findings[0]!.message.en).toBe('03/2017/TT-BTTTT is recorded as no longer in force since 2022-10-01, replaced by 12/2022/TT-BTTTT (the repeal is not verified; check the text before amending)');
  });
});
