/**
 * End to end: `arch build` output opened in headless Chromium (Debian's `chromium`, installed by .ci/run).
 * The DOM after load must hold the index links, the outline headings, tables and the inline SVG diagrams.
 * The test fails (it is never skipped) when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { elements, textOf } from '../render/html-check.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
let out = '';

function dumpDom(file: string): string {
  expect(fs.existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (as .ci/run does) or set CHROMIUM=/path/to/chromium`).toBe(true);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-chromium-'));
  const r = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  expect(r.error, String(r.error)).toBeUndefined();
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

beforeAll(async () => {
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arch-e2e-')), 'site');
  const r = await runCli(['build', 'examples/bo-y-te', '--out', out]);
  expect(r.code, r.stderr).not.toBe(2);
});

describe('built documents in Chromium', () => {
  it('index.html renders its summary and links to every output', () => {
    const doc = parse(dumpDom(path.join(out, 'index.html')));
    const els = elements(doc);
    expect(els.filter((e) => e.tagName === 'h1').map(textOf)).toEqual(['Kiến trúc Bộ Y tế — kết quả arch build']);
    const hrefs = els.filter((e) => e.tagName === 'a').map((e) => e.attrs.find((a) => a.name === 'href')!.value);
    expect(hrefs).toEqual(expect.arrayContaining(['outline.html', 'outline.docx', 'outline.md', 'conformance.md', 'diagrams/overview.svg', 'diagrams/integration.svg', 'systems/0001.html']));
    expect(els.filter((e) => e.tagName === 'tr').length).toBeGreaterThan(8);
  });

  it('outline.html renders chapters, tables and inline SVG diagrams', () => {
    const doc = parse(dumpDom(path.join(out, 'outline.html')));
    const els = elements(doc);
    const h2 = els.filter((e) => e.tagName === 'h2').map(textOf);
    expect(h2).toEqual(expect.arrayContaining(['CHƯƠNG I. GIỚI THIỆU CHUNG', 'CHƯƠNG III. KIẾN TRÚC MỤC TIÊU', 'CHƯƠNG V. TỔ CHỨC TRIỂN KHAI', 'TỔNG HỢP MỨC ĐỘ HOÀN THIỆN']));
    expect(els.filter((e) => e.tagName === 'h3').map(textOf)).toContain('III.7. Kiến trúc ứng dụng');
    const tables = els.filter((e) => e.tagName === 'table');
    expect(tables.length).toBeGreaterThan(25);
    const systems = els.find((e) => e.tagName === 'figcaption' && textOf(e).endsWith('Danh mục hệ thống thông tin'));
    expect(systems).toBeDefined();
    expect(els.filter((e) => e.tagName === 'svg').length).toBeGreaterThanOrEqual(6);
    // The zoom script ran (the page's content-security policy allows it by hash): four buttons a figure.
    const figures = els.filter((e) => e.tagName === 'figure' && e.attrs.some((a) => a.name === 'class' && a.value === 'diagram'));
    expect(figures).toHaveLength(6);
    expect(els.filter((e) => e.tagName === 'button')).toHaveLength(24);
    // Ids are unique across the page, although every figure is a separate drawing.
    const ids = els.flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Text at 100 % zoom: every font size of the pictures, times the scale of the (nested) SVGs around it, is at
    // least 11 px (the pictures are shown at their own size; Graphviz draws in points inside a px-sized frame).
    const attr = (e: (typeof els)[number], n: string) => e.attrs.find((a) => a.name === n)?.value;
    const scaleOf = (e: (typeof els)[number]): number => {
      let k = 1;
      for (let p: unknown = e.parentNode; p && typeof p === 'object' && 'tagName' in p; p = (p as { parentNode?: unknown }).parentNode) {
        const svg = p as (typeof els)[number];
        if (svg.tagName !== 'svg') continue;
        const vb = attr(svg, 'viewBox')?.split(/[\s,]+/).map(Number);
        const w = Number(String(attr(svg, 'width') ?? '').replace('px', ''));
        if (vb && vb[2] && w) k *= w / vb[2];
      }
      return k;
    };
    const sizes = els.filter((e) => e.tagName === 'text').map((e) => Number(String(attr(e, 'font-size') ?? '0').replace('px', '')) * scaleOf(e));
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it('a system page shows its context view, facts, relations and findings', () => {
    const doc = parse(dumpDom(path.join(out, 'systems', '0001.html')));
    const els = elements(doc);
    expect(els.filter((e) => e.tagName === 'h2').map(textOf)).toEqual(['Các thành phần liên quan trực tiếp', 'Thông tin chính', 'Quan hệ', 'Phát hiện khi kiểm tra']);
    expect(els.filter((e) => e.tagName === 'svg').length).toBeGreaterThanOrEqual(1);
    expect(els.filter((e) => e.tagName === 'button')).toHaveLength(4);
  });
});
