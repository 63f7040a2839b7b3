/**
 * End to end: the Word outline of examples/bo-y-te converted by LibreOffice headless (Debian's
 * libreoffice-writer-nogui, installed by .ci/run) to PDF and PNG pages. Every figure must be a real picture in
 * the PDF — at least 150 dpi where placed, and not blank — and its caption must follow it. Fails (never skips)
 * when LibreOffice or poppler-utils are missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';
let dir = '';
let pdf = '';

function run(cmd: string, args: string[], timeout = 180_000): string {
  expect(fs.existsSync(cmd), `${cmd} not found: apt-get install -y libreoffice-writer-nogui poppler-utils (as .ci/run does)`).toBe(true);
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  expect(r.error, String(r.error)).toBeUndefined();
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** Share of pixels that are not near-white in a binary PPM (P6) or PGM (P5) image. */
function inkShare(file: string): number {
  const buf = fs.readFileSync(file);
  const header = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'))!;
  const channels = header[1] === 'P6' ? 3 : 1;
  const data = buf.subarray(header[0].length);
  let ink = 0;
  const pixels = Number(header[2]) * Number(header[3]);
  for (let p = 0; p < pixels; p++) {
    let dark = false;
    for (let c = 0; c < channels; c++) if (data[p * channels + c]! < 200) dark = true;
    if (dark) ink++;
  }
  return ink / pixels;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-e2e-docx-'));
  const docx = path.join(dir, 'outline.docx');
  const r = await runCli(['outline', 'examples/bo-y-te', '--format', 'docx', '-o', docx]);
  expect(r.code, r.stderr).toBe(0);
  run(SOFFICE, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx]);
  pdf = path.join(dir, 'outline.pdf');
}, 240_000);

describe('outline.docx in LibreOffice', () => {
  it('shows every figure as a non-blank picture of at least 150 dpi, followed by its caption', () => {
    const list = run('/usr/bin/pdfimages', ['-list', pdf]).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    // Each picture is an image plus its alpha mask (smask); files are numbered in list order.
    const images = list.map((c, i) => ({ c, i })).filter((x) => x.c[2] === 'image');
    expect(images).toHaveLength(6);
    for (const { c } of images) expect(Number(c[12]), `figure on page ${c[0]} at ${c[12]} ppi`).toBeGreaterThanOrEqual(150);
    run('/usr/bin/pdfimages', [pdf, path.join(dir, 'img')]);
    const all = fs.readdirSync(dir).filter((f) => /^img-\d+\.(ppm|pgm)$/.test(f)).sort();
    expect(all).toHaveLength(list.length);
    const files = images.map((x) => all[x.i]!);
    for (const f of files) {
      const share = inkShare(path.join(dir, f));
      expect(share, `${f}: ${(share * 100).toFixed(1)} % ink`).toBeGreaterThan(0.03);
    }
    const text = run('/usr/bin/pdftotext', ['-layout', pdf, '-']);
    for (const caption of ['Hình 1. Sơ đồ tổng thể Kiến trúc', 'Hình 2. Sơ đồ kiến trúc nghiệp vụ', 'Hình 3. Sơ đồ kiến trúc dữ liệu', 'Hình 4. Sơ đồ kiến trúc ứng dụng', 'Hình 5. Sơ đồ kiến trúc công nghệ', 'Hình 6. Sơ đồ kiến trúc an toàn thông tin']) expect(text).toContain(caption);
  });

  it('sizes table columns by their content: no header, date or code broken inside a word', () => {
    const text = run('/usr/bin/pdftotext', [pdf, '-']);
    // Bảng 8 (security levels): the header "Cấp độ ATTT", approval dates and decision numbers stay whole.
    expect(text).not.toMatch(/\bATT\s*\n\s*T\b/);
    for (const whole of ['12/09/2022', '05/09/2023', '2032/QĐ-CNTT', 'TRM002.001']) expect(text).toContain(whole);
  });

  it('renders the overview page to a PNG that holds the picture', () => {
    const pages = run('/usr/bin/pdftotext', [pdf, '-']).split('\f');
    const page = pages.findIndex((p) => p.includes('Hình 1. Sơ đồ tổng thể Kiến trúc')) + 1;
    expect(page).toBeGreaterThan(0);
    run('/usr/bin/pdftoppm', ['-r', '100', '-f', String(page), '-l', String(page), '-gray', pdf, path.join(dir, 'page')]);
    const file = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.pgm'))!;
    expect(inkShare(path.join(dir, file))).toBeGreaterThan(0.05);
  });
});
