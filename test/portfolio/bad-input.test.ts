/**
 * `arch portfolio` on broken and awkward portfolios: unresolved cross-agency references (with did-you-mean at
 * the referencing line), an agency missing from the portfolio, a broken repository that does not stop the
 * roll-up, the same agency twice, list files with bad lines, an unreadable input, and the change between runs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

function copyPortfolio(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arch-portfolio-')), 'portfolio');
  fs.cpSync(path.join(ROOT, 'examples/portfolio'), dir, { recursive: true });
  return dir;
}
const edit = (file: string, from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
};
const lineOf = (file: string, needle: string) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

interface Out {
  diagnostics: { code: string; severity: string; message: { en: string }; location?: { file: string; range?: { start: { line: number; column: number } } } }[];
  findings: { code: string }[];
  repos: { label: string; ok: boolean }[];
  changes?: { agency: string; rule: string; before: string; after: string }[];
}
const json = async (args: string[], cwd?: string) => {
  const r = await runCli(['portfolio', ...args, '--format', 'json'], cwd ? { cwd } : {});
  return { ...r, out: r.stdout ? (JSON.parse(r.stdout) as Out) : undefined };
};

describe('arch portfolio with bad input', () => {
  it('reports an unresolved reference to another agency at its line, with a did-you-mean (exit 1)', async () => {
    const dir = copyPortfolio();
    const file = path.join(dir, 'da-nang/kien-truc.yaml');
    edit(file, 'to: ministry:BCA/he-thong-gplx', 'to: ministry:BCA/he-thong-gplxx');
    const r = await json([dir]);
    expect(r.code).toBe(1);
    const d = r.out!.diagnostics.find((x) => x.code === 'portfolio/unresolved-agency-ref')!;
    expect(d.message.en).toBe('Reference ministry:BCA/he-thong-gplxx: the architecture of ministry:BCA has no element "he-thong-gplxx" — did you mean "he-thong-gplx"?');
    expect(d.location!.file).toBe('da-nang/kien-truc.yaml');
    expect(d.location!.range!.start).toEqual({ line: lineOf(file, 'to: ministry:BCA'), column: 9 });
    expect(r.stderr).toContain(`da-nang/kien-truc.yaml:${lineOf(file, 'to: ministry:BCA')}:9  error  Reference ministry:BCA/he-thong-gplxx`);
  });

  it('warns when a referenced agency has no repository in the portfolio', async () => {
    const dir = copyPortfolio();
    fs.rmSync(path.join(dir, 'bo-cong-an'), { recursive: true });
    const r = await json([dir]);
    expect(r.code).toBe(0);
    expect(r.out!.diagnostics.map((d) => [d.code, d.location!.file])).toEqual([
      ['portfolio/agency-not-in-portfolio', 'da-nang/kien-truc.yaml'],
      ['portfolio/agency-not-in-portfolio', 'ha-noi/kien-truc.yaml'],
    ]);
  });

  it('counts a broken repository as failed and rolls up the others', async () => {
    const dir = copyPortfolio();
    fs.writeFileSync(path.join(dir, 'van-phong-chinh-phu/arch.yaml'), 'ministry: [unclosed\n');
    const r = await json([dir]);
    expect(r.code).toBe(1);
    expect(r.out!.repos.find((x) => x.label === 'van-phong-chinh-phu')!.ok).toBe(false);
    expect(r.out!.diagnostics.map((d) => d.code)).toEqual(['portfolio/repository-failed']);
    expect(r.out!.findings).toHaveLength(6);
    expect(r.stderr).toContain('Repository van-phong-chinh-phu could not be read into a model');
  });

  it('reports the same agency twice', async () => {
    const dir = copyPortfolio();
    fs.cpSync(path.join(dir, 'bo-cong-an'), path.join(dir, 'bo-cong-an-ban-sao'), { recursive: true });
    const r = await json([dir]);
    expect(r.code).toBe(1);
    expect(r.out!.diagnostics.map((d) => `${d.code} ${d.message.en}`)).toEqual(['portfolio/duplicate-agency Agency ministry:BCA has several repositories: bo-cong-an, bo-cong-an-ban-sao']);
  });

  it('reads a list file: comments, blank lines, and a line that names no repository (file:line:col)', async () => {
    const dir = copyPortfolio();
    const list = path.join(dir, 'danh-sach.txt');
    fs.writeFileSync(list, '# cơ quan trung ương\nbo-cong-an\nvan-phong-chinh-phu   # VPCP\n\n  khong-co-kho\nda-nang\nha-noi/\n');
    const r = await json([list]);
    expect(r.code).toBe(1);
    expect(r.out!.repos.map((x) => x.label)).toEqual(['bo-cong-an', 'van-phong-chinh-phu', 'da-nang', 'ha-noi']);
    expect(r.out!.diagnostics.map((d) => [d.code, d.location!.file, d.location!.range!.start])).toEqual([['portfolio/no-repository', 'danh-sach.txt', { line: 5, column: 3 }]]);
    expect(r.out!.findings).toHaveLength(6);
  });

  it('refuses an input it cannot read with exit 2 and one clear line', async () => {
    const r = await runCli(['portfolio', path.join(os.tmpdir(), 'khong-ton-tai')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^arch: Cannot read .*khong-ton-tai \(ENOENT\)\n$/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-portfolio-'));
    const e = await runCli(['portfolio', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('holds no architecture repository');
  });

  it('--compare reports each agency × rule status that changed since an earlier run', async () => {
    const dir = copyPortfolio();
    const before = await json([dir]);
    const prev = path.join(dir, '..', 'before.json');
    fs.writeFileSync(prev, JSON.stringify(before.out));
    // Bộ Công an approves its system's security level (C13 then passes).
    edit(path.join(dir, 'bo-cong-an/kien-truc.yaml'), '    securityLevelStatus: proposed\n', '    securityLevelStatus: approved\n    securityApproval: {decision: "88/QĐ-BCA", date: 2026-03-01, approver: owner}\n');
    const after = await json([dir, '--compare', prev]);
    expect(after.out!.changes).toEqual([{ agency: 'ministry:BCA', rule: 'C13', before: 'fail', after: 'pass' }]);
    const bad = await runCli(['portfolio', dir, '--compare', path.join(dir, 'ha-noi/arch.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--compare');
  });

  it('a single repository accepts a reference to another agency, and checks the agency against the catalogue', async () => {
    const v = await runCli(['validate', 'examples/portfolio/ha-noi', '--format', 'json']);
    expect(v.code).toBe(0);
    const dir = copyPortfolio();
    edit(path.join(dir, 'ha-noi/kien-truc.yaml'), 'to: ministry:BCA/he-thong-gplx', 'to: ministry:BCAA/he-thong-gplx');
    const r = await runCli(['validate', path.join(dir, 'ha-noi'), '--format', 'json']);
    expect(r.code).toBe(1);
    const d = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(d.map((x) => `${x.code} ${x.message}`)).toContain('model/unknown-catalogue Catalogue entry "ministry:BCAA/he-thong-gplx" does not exist — did you mean "ministry:BCA/he-thong-gplx"?');
  });
});
