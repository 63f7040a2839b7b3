/**
 * `arch portfolio` on examples/portfolio: exactly the findings its README documents, in every format
 * (json, md, html, xlsx read back with exceljs, docx read from its XML), byte-stable, exit 0.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const README = fs.readFileSync(path.join(ROOT, 'examples/portfolio/README.md'), 'utf8');
const expected = /## Phát hiện mong đợi[^]*?```text\n([^]*?)```/.exec(README)![1]!.trim().split('\n');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'arch-portfolio-'));

interface Finding {
  code: string;
  severity: string;
  message: string;
  places: { repo: string; file: string; line: number; column: number }[];
}

const line = (f: Pick<Finding, 'code' | 'places'>) => [f.code, ...f.places.map((p) => `${p.repo}/${p.file}:${p.line}:${p.column}`)].join(' ');

describe('arch portfolio examples/portfolio', () => {
  it('documents at least one finding of each kind it plants', () => {
    expect(expected.length).toBe(6);
  });

  it('json: exactly the documented findings, no problems, exit 0, every repository read with its owner', async () => {
    const r = await runCli(['portfolio', 'examples/portfolio', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Finding[]; diagnostics: unknown[]; repos: { label: string; ok: boolean; agency: { ns: string; code: string } }[] };
    expect(out.findings.map(line)).toEqual(expected);
    expect(out.diagnostics).toEqual([]);
    expect(out.repos.map((x) => [x.label, x.ok, `${x.agency.ns}:${x.agency.code}`]).sort()).toEqual([
      ['bo-cong-an', true, 'ministry:BCA'],
      ['da-nang', true, 'province:da-nang'],
      ['ha-noi', true, 'province:ha-noi'],
      ['van-phong-chinh-phu', true, 'ministry:VPCP'],
    ]);
  });

  it('md and html: every documented finding with its evidence, in Vietnamese by default', async () => {
    const md = await runCli(['portfolio', 'examples/portfolio']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Báo cáo tổng hợp kiến trúc các cơ quan');
    const dir = tmp();
    const html = await runCli(['portfolio', 'examples/portfolio', '--format', 'html', '-o', path.join(dir, 'p.html')]);
    expect(html.code, html.stderr).toBe(0);
    const page = fs.readFileSync(path.join(dir, 'p.html'), 'utf8');
    for (const l of expected) {
      const [code, ...places] = l.split(' ');
      expect(md.stdout).toContain(`| ${code} |`);
      expect(page).toContain(`<td class="">${code}</td>`);
      for (const p of places) {
        expect(md.stdout).toContain(p!);
        expect(page).toContain(p!);
      }
    }
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('xlsx: one sheet per table, the findings sheet holds every documented finding', async () => {
    const dir = tmp();
    const r = await runCli(['portfolio', 'examples/portfolio', '--format', 'xlsx', '--lang', 'en', '-o', path.join(dir, 'p.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'p.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Agencies', 'Findings', 'Problems', 'National platforms', 'Connections', 'Public services', 'Security', 'Rule matrix']);
    const rows: string[] = [];
    wb.getWorksheet('Findings')!.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(1).text, ...row.getCell(4).text.split('\n')].join(' '));
    });
    expect(rows).toEqual(expected);
  });

  it('docx: a Word report whose text holds every finding and its evidence', async () => {
    const dir = tmp();
    const r = await runCli(['portfolio', 'examples/portfolio', '--format', 'docx', '-o', path.join(dir, 'p.docx')]);
    expect(r.code, r.stderr).toBe(0);
    const xml = new TextDecoder().decode(unzipSync(fs.readFileSync(path.join(dir, 'p.docx')))['word/document.xml']!);
    const text = xml.replace(/<w:br\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO TỔNG HỢP KIẾN TRÚC CÁC CƠ QUAN');
    for (const l of expected) for (const part of l.split(' ')) expect(text).toContain(part);
  });

  it('is byte-stable in every format', async () => {
    for (const format of ['json', 'md', 'html', 'xlsx', 'docx']) {
      const dir = tmp();
      const a = path.join(dir, `a.${format}`);
      const b = path.join(dir, `b.${format}`);
      expect((await runCli(['portfolio', 'examples/portfolio', '--format', format, '-o', a])).code).toBe(0);
      expect((await runCli(['portfolio', 'examples/portfolio', '--format', format, '-o', b, '--jobs', '0'])).code).toBe(0);
      expect(Buffer.compare(fs.readFileSync(a), fs.readFileSync(b)), format).toBe(0);
    }
  });
});
