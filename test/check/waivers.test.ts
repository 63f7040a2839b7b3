import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { sarifErrors } from '../helpers/shared.js';
import { waiverRepo } from './fixtures.js';



describe('waivers', () => {
  it('a waived finding is reported as suppressed in SARIF, and the SARIF log validates against the OASIS schema', async () => {
    const dir = waiverRepo();
    const r = await runCli(['check', dir, '--format', 'sarif']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const c07 = log.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'rule/C07');
    expect(c07).toHaveLength(1);
    expect(c07[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Hệ thống sắp dừng / System being retired (Thứ trưởng, expires 2025-06-30)' }]);
    expect(c07[0].locations[0].physicalLocation.region.startLine).toBe(3);
    const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'rule/C07');
    expect(rule.properties.source).toContain('NĐ 85/2016/NĐ-CP');
  });

  it('the rule status is "waived" in the report', async () => {
    const r = await runCli(['check', waiverRepo(), '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const c07 = report.rules.find((x: { id: string }) => x.id === 'C07');
    expect(c07.status).toBe('waived');
    expect(c07.findings[0]).toMatchObject({ element: 'ht-cu', file: 'elements.yaml', line: 3, waived: { approvedBy: 'Thứ trưởng', expires: '2025-06-30' } });
    expect(report.summary.findings.waived).toBe(1);
  });

  it('an expired waiver is an error at its expiry date and suppresses nothing', async () => {
    const r = await runCli(['check', waiverRepo({ expires: '2024-06-30' }), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rules.find((x: { id: string }) => x.id === 'C07').status).toBe('fail');
    const s = await runCli(['check', waiverRepo({ expires: '2024-06-30' }), '--format', 'stylish']);
    expect(s.stderr).toMatch(/arch\.yaml:16:14 +error +The waiver of rule C07 expired on 2024-06-30 \(checked on 2024-12-31\) +check\/waiver-expired/);
  });

  it('--as-of moves the expiry check past the manifest\'s assessment.asOf (--today, its old name, too)', async () => {
    const dir = waiverRepo({ expires: '2025-06-30' });
    expect((await runCli(['check', dir])).code).toBe(0);
    for (const option of ['--as-of', '--today']) {
      const later = await runCli(['check', dir, option, '2025-07-01']);
      expect(later.code).toBe(1);
      expect(later.stderr).toContain('check/waiver-expired');
    }
    expect((await runCli(['check', dir, '--as-of', '2025-02-30'])).stderr).toContain('Invalid date "2025-02-30"');
  });

  it('a waiver naming a rule that does not exist is an error at its rule', async () => {
    const r = await runCli(['check', waiverRepo({ waiverRule: 'C99' })]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/arch\.yaml:11:11 +error +Waiver names rule "C99", which does not exist/);
  });
});

describe('rule configuration in the manifest', () => {
  it('an unknown rule id is an error located at its key, with a suggestion', async () => {
    const r = await runCli(['check', waiverRepo({ rules: '  C07: error\n  security-level-declred: warning' })]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/arch\.yaml:6:3 +error +Rule "security-level-declred" does not exist — did you mean "security-level-declared"\? +check\/unknown-rule/);
  });

  it('severity is configuration: off, a slug alias, and a downgrade', async () => {
    const off = JSON.parse((await runCli(['check', waiverRepo({ rules: '  C07: "off"' }), '--format', 'json'])).stdout);
    expect(off.rules.find((x: { id: string }) => x.id === 'C07').status).toBe('off');
    const dir = waiverRepo({ rules: '  security-level-declared: error', expires: '2024-01-01' });
    expect((await runCli(['check', dir])).code).toBe(1);
    const warn = waiverRepo({ rules: '  C07: {severity: warning}', expires: '2024-01-01' });
    const r = await runCli(['check', warn, '--format', 'json']);
    const all = JSON.parse(r.stdout);
    expect(all.rules.find((x: { id: string }) => x.id === 'C07').severity).toBe('warning');
    // The expired waiver is still an error.
    expect(r.code).toBe(1);
  });

  it('an unknown rule option is an error at its key', async () => {
    const r = await runCli(['check', waiverRepo({ rules: '  C16: {options: {level3Yeras: 3}}' })]);
    expect(r.stderr).toMatch(/arch\.yaml:5:19 +error +Rule C16 has no option "level3Yeras" +check\/bad-rule-option/);
  });

  it('an option value its schema does not admit is an error at the value, and the rule keeps its default', async () => {
    const dir = waiverRepo({ rules: '  C16: {options: {level3Years: "two", level4Years: 0}}', extraElements: '  - {kind: information-system, id: ht-3, name: {vi: "HT 3"}, status: current, owner: bo, securityLevel: 3, lastSecurityAssessment: 2020-01-01}\n' });
    const r = await runCli(['check', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const bad = report.validation.filter((f: { code: string }) => f.code === 'check/bad-rule-option-value').map((f: { line: number; column: number; message: string }) => `${f.line}:${f.column} ${f.message}`);
    expect(bad).toEqual([
      '5:32 Option "level3Years" of rule C16 (Interval in years for level 3) must be integer 1–10: the value given must be integer',
      '5:52 Option "level4Years" of rule C16 (Interval in years for level 4) must be integer 1–10: the value given must be >= 1',
    ]);
    // With the default interval (2 years) the 2020 assessment of the level-3 system is overdue, not silently passed.
    expect(report.rules.find((x: { id: string }) => x.id === 'C16').findings.map((f: { element: string }) => f.element)).toEqual(['ht-3']);
    expect(r.code).toBe(1);
  });
});
