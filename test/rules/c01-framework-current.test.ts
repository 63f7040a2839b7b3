import rule from '../../src/rules/c01-framework-current.js';
import { describe, expect, it } from 'vitest';
import { ruleTester, runCase } from './rule-tester.js';

ruleTester.run(rule, {
  valid: [
    { name: '3.0 draft in 2024', framework: '3.0', date: '2024-12-31' },
    { name: 'approved 2.0 architecture assessed while 2.0 is in force', framework: '2.0', date: '2023-06-01', status: 'approved' },
    { name: 'a 2015 architecture assessed on its own date', framework: '1.0', date: '2015-12-31', status: 'approved' },
    // QĐ 3090/QĐ-BKHCN replaced only Công văn 1736, not QĐ 292: a 4.0 draft after 08/10/2025 is not outdated.
    { name: 'draft on 4.0 after ndaf-2025 was issued', framework: '4.0', date: '2025-12-31' },
    { name: 'NDAF draft after 08/10/2025', framework: 'ndaf-2025', date: '2025-11-01' },
  ],
  invalid: [
    { name: 'draft on 3.0 after 4.0 was issued', framework: '3.0', date: '2025-06-01', errors: [{ messageId: 'outdated', manifest: ['framework'] }] },
    { name: 'approved 2.0 architecture assessed after 3.0 took effect: due for amendment', framework: '2.0', date: '2023-06-01', status: 'approved', asOf: '2024-06-01', errors: [{ messageId: 'amend', manifest: ['framework'] }] },
    { name: 'draft on 3.0 assessed after 4.0 took effect', framework: '3.0', date: '2024-12-31', asOf: '2025-06-01', errors: [{ messageId: 'outdated', manifest: ['framework'] }] },
    // 3.0 was replaced by 4.0 (QĐ 292); ndaf-2025, in force beside 4.0 since 08/10/2025, did not replace it.
    {
      name: 'approved 3.0 architecture assessed in 2026: amend to 4.0, which replaced 3.0',
      framework: '3.0',
      date: '2024-12-31',
      status: 'approved',
      asOf: '2026-12-01',
      errors: [{ messageId: 'amend', manifest: ['framework'], data: { current: '4.0', since: '2025-03-25' } }],
    },
    { name: 'framework later than the date', framework: '4.0', date: '2024-01-01', status: 'approved', errors: [{ messageId: 'not-yet', manifest: ['framework'] }] },
  ],
});

describe('C01 cites the frameworks its finding is about', () => {
  it('the one in force and the one declared, not every framework', () => {
    const r = runCase(rule, { framework: '3.0', date: '2024-12-31', status: 'approved', asOf: '2026-12-01' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.hint!.en).toMatch(/Source: QĐ 292\/QĐ-BKHCN \(25\/03\/2025\); QĐ 2568\/QĐ-BTTTT \(29\/12\/2023\)\.$/);
    expect(r.findings[0]!.hint!.vi).not.toContain('1178');
  });
});
