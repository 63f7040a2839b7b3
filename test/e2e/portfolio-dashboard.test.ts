/**
 * End to end: the `arch portfolio --format html` dashboard of examples/portfolio opened in headless Chromium.
 * After load the DOM must hold every table with its rows, the chart with its legend, and every finding; the page
 * runs no script. Fails (never skips) when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { elements, textOf } from '../render/html-check.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

describe('portfolio dashboard in Chromium', () => {
  it('renders the overview, agencies, findings, adoption matrix and chart', async () => {
    expect(fs.existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get install -y chromium`).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-e2e-pf-'));
    const file = path.join(dir, 'portfolio.html');
    const r = await runCli(['portfolio', 'examples/portfolio', '--format', 'html', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const profile = path.join(dir, 'profile');
    const c = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(file).href], { encoding: 'utf8', timeout: 60_000 });
    expect(c.status, c.stderr).toBe(0);
    const els = elements(parse(c.stdout));
    expect(els.filter((e) => e.tagName === 'h1').map(textOf)).toEqual(['Báo cáo tổng hợp kiến trúc các cơ quan']);
    expect(els.filter((e) => e.tagName === 'h2').map(textOf)).toEqual(expect.arrayContaining(['Tổng quan', 'Cơ quan', 'Phát hiện liên cơ quan', 'Mức áp dụng nền tảng, CSDL quốc gia', 'Kết nối giữa các cơ quan']));
    const body = textOf(els.find((e) => e.tagName === 'body')!);
    for (const agency of ['Bộ Công an (BCA)', 'Văn phòng Chính phủ (VPCP)', 'Thành phố Đà Nẵng (da-nang)', 'Thành phố Hà Nội (ha-noi)']) expect(body).toContain(agency);
    for (const code of ['portfolio/local-copy-of-national-database', 'portfolio/point-to-point-between-agencies', 'portfolio/same-business-function', 'portfolio/same-master-data', 'portfolio/similar-databases', 'portfolio/similar-systems']) expect(body).toContain(code);
    const svg = els.find((e) => e.tagName === 'svg');
    expect(svg).toBeDefined();
    expect(textOf(svg!)).toContain('Toàn trình');
    expect(els.filter((e) => e.tagName === 'script')).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});
