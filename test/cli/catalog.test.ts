/** `arch catalog`: the entries in force on a date, with source and verified flag, as text or JSON. */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, spawnCli, tempRepo } from '../helpers/cli.js';

interface Report {
  date: string;
  catalogues: { namespace: string; entries: { ref: string; inForce: boolean; source: string | null; verified: boolean }[] }[];
}

const json = async (args: string[]) => {
  const r = await runCli(['catalog', ...args, '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
};

describe('arch catalog', () => {
  it('lists all four namespaces with source and verified flag for every entry', async () => {
    const report = await json(['--date', '2024-12-31']);
    expect(report.date).toBe('2024-12-31');
    expect(report.catalogues.map((c) => c.namespace)).toEqual(['national', 'std', 'ministry', 'province']);
    for (const c of report.catalogues) {
      expect(c.entries.length).toBeGreaterThan(0);
      for (const e of c.entries) {
        expect(e.ref.startsWith(`${c.namespace}:`)).toBe(true);
        expect(typeof e.source).toBe('string');
        expect(typeof e.verified).toBe('boolean');
        expect(e.inForce).toBe(true);
      }
    }
  });

  it('the date selects what is in force: ministries before and after the 2025 merger', async () => {
    const before = (await json(['ministry', '--date', '2024-12-31'])).catalogues[0]!.entries.map((e) => e.ref);
    const after = (await json(['ministry', '--date', '2025-03-01'])).catalogues[0]!.entries.map((e) => e.ref);
    expect(before).toContain('ministry:BTTTT');
    expect(after).not.toContain('ministry:BTTTT');
    expect(after).toContain('ministry:BKHCN');
    expect(after).toHaveLength(17);
    const all = (await json(['ministry', '--date', '2025-03-01', '--all'])).catalogues[0]!.entries;
    expect(all.find((e) => e.ref === 'ministry:BTTTT')!.inForce).toBe(false);
  });

  it('standards of Thông tư 39/2017 are not in force in 2015, those of Thông tư 22/2013 are, until 2018-07-01', async () => {
    const refs = (await json(['std', '--date', '2015-12-28'])).catalogues[0]!.entries.map((e) => e.ref);
    expect(refs.some((r) => r.startsWith('std:tt39-'))).toBe(false);
    expect(refs.filter((r) => !r.startsWith('std:tt22-2013-'))).toEqual([]);
    const later = (await json(['std', '--date', '2019-01-01'])).catalogues[0]!.entries.map((e) => e.ref);
    expect(later).toContain('std:tt39-1.1-http-1.1');
    expect(later.some((r) => r.startsWith('std:tt22-2013-'))).toBe(false);
  });

  it('national platforms in force on 2015-06-01: NGSP, the National Single Window and the databases, not NDXP, VNeID or the public-service portal', async () => {
    const entries = (await json(['national', '--date', '2015-06-01'])).catalogues[0]!.entries;
    expect(entries.map((e) => e.ref)).toEqual([
      'national:cong-mot-cua-quoc-gia', 'national:csdlqg-bao-hiem', 'national:csdlqg-dan-cu', 'national:csdlqg-dat-dai', 'national:csdlqg-dkdn', 'national:csdlqg-ho-tich', 'national:csdlqg-tai-chinh',
      'national:csdlqg-thong-ke-dan-so', 'national:csdlqg-tthc', 'national:csdlqg-vbqppl', 'national:ngsp', 'national:tslcd',
    ]);
    const all = (await json(['national', '--date', '2015-06-01', '--all'])).catalogues[0]!.entries as unknown as Record<string, unknown>[];
    const vneid = all.find((e) => e.ref === 'national:vneid')!;
    expect(vneid).toMatchObject({ inForce: false, validFrom: '2022-01-06', validFromVerified: false, verified: true });
    expect(all.find((e) => e.ref === 'national:cong-dvcqg')).toMatchObject({ inForce: false, validFrom: '2019-03-12' });
    expect(all.find((e) => e.ref === 'national:cong-dvcqg')).not.toHaveProperty('validFromVerified');
  });

  it('text output marks verified [S] and unverified [M] entries and shows the source', async () => {
    const r = await runCli(['catalog', 'national', '--date', '2024-12-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/national:ndxp +\[S\] /);
    expect(r.stdout).toMatch(/\[M\] /);
    expect(r.stdout).toContain('source: ');
  });

  it('--output writes atomically and a rerun may replace the file arch wrote', async () => {
    const dir = tempRepo({});
    for (const format of ['text', 'json']) {
      const out = path.join(dir, `catalog.${format}`);
      expect((await runCli(['catalog', 'std', '--date', '2024-12-31', '--format', format, '-o', out])).code).toBe(0);
      expect((await runCli(['catalog', 'std', '--date', '2025-12-31', '--format', format, '-o', out])).code).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toContain('2025-12-31');
    }
  });

  it('unknown namespace or bad date: exit 2 with a clear message', () => {
    const r = spawnCli(['catalog', 'nationl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "national"');
    const d = spawnCli(['catalog', '--date', '31/12/2024']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('YYYY-MM-DD');
  });
});
