/**
 * ROBUSTNESS.md §7 E (rows 60–66): rendering and output, through the built CLI (outline, check, impact,
 * build), with the documents parsed back by markdown-it and parse5.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BIN, spawnCli, TEST_TODAY } from '../helpers/cli.js';
import { htmlShape, markdownShape } from './blns-helpers.js';
import { expectFindings, expectNoCrash, repoFromFixture, tempDir, tempFiles, validate, write } from './harness.js';

const md = new MarkdownIt({ html: true });
const cli = (dir: string, args: string[]) => spawnCli(args, { cwd: dir, timeoutMs: 120_000 });

function document(dir: string, args: string[]): string {
  const r = cli(dir, args);
  expectNoCrash(r);
  // 1 is fine: `arch check` exits 1 when conformance findings reach --fail-on; the document is still complete.
  expect([0, 1], r.stderr).toContain(r.code);
  return r.stdout;
}

/** Text of every table cell, per row, and every inline token type outside code blocks. */
function parsed(text: string): { rows: string[][]; headings: string[]; inlineTypes: Set<string>; texts: string[] } {
  const rows: string[][] = [];
  const headings: string[] = [];
  const inlineTypes = new Set<string>();
  const texts: string[] = [];
  let row: string[] | undefined;
  let inHeading = false;
  for (const t of md.parse(text, {})) {
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) rows.push(row);
    else if (t.type === 'heading_open') inHeading = true;
    else if (t.type === 'heading_close') inHeading = false;
    else if (t.type === 'inline') {
      if (row && !inHeading) row.push(t.content);
      if (inHeading) headings.push(t.content);
      for (const c of t.children ?? []) {
        if (!(c.type === 'html_inline' && /^<br\s*\/?>$/.test(c.content))) inlineTypes.add(c.type);
        if (c.type === 'text') texts.push(c.content);
      }
    }
  }
  return { rows, headings, inlineTypes, texts };
}

describe('ROBUSTNESS §7 E: rendering and output (built CLI)', () => {
  const repo = repoFromFixture('E60-62-injection');

  it('E60 a|b and "x\\n# Heading" in Markdown: the table keeps its columns, the cell reads back verbatim, no heading injected', () => {
    expectFindings(validate(repo), 0, []);
    const text = document(repo, ['outline', '.', '--format', 'md']);
    const { rows, headings } = parsed(text);
    const row = rows.find((r) => r[0] === 'he-thong-a');
    expect(row).toBeDefined();
    const header = rows[rows.indexOf(row!) - 1] ?? [];
    expect(row!.length).toBe(header.length);
    // markdown-it gives the source of the cell: unescape to compare with the YAML value.
    expect(row![1]!.replace(/\\(.)/g, '$1')).toBe('a|b [x](javascript:alert(1))');
    expect(headings.some((h) => /Heading/.test(h))).toBe(false);
  });

  it('E61 [x](javascript:…), ![t](http://tracker), <img onerror>, @org/team, #1 in Markdown: no link, image or HTML; mentions neutralised', () => {
    for (const lang of ['vi', 'en']) {
      const text = document(repo, ['outline', '.', '--format', 'md', '--lang', lang]);
      const { inlineTypes, texts } = parsed(text);
      expect([...inlineTypes].filter((t) => ['link_open', 'image', 'html_inline'].includes(t)), lang).toEqual([]);
      expect(texts.filter((t) => /@org\/team|#1\b/.test(t)), lang).toEqual([]);
    }
    const { inlineTypes } = parsed(document(repo, ['check', '.', '--format', 'md']));
    expect([...inlineTypes].filter((t) => ['image', 'html_inline'].includes(t))).toEqual([]);
  });

  it('E62 HTML outline and check report: no injected element, no event-handler attribute, no javascript: URL, a CSP', () => {
    for (const args of [
      ['outline', '.', '--format', 'html'],
      ['check', '.', '--format', 'html'],
    ]) {
      const html = document(repo, args);
      const shape = htmlShape(html);
      // arch's own zoom script (no attribute; allowed by its hash) is the only script.
      expect(shape.elements.filter((e) => /^(script|img|iframe|object|embed|a)\[.*\]$/.test(e) && !/^a\[href(,[a-z-]+)*\]$/.test(e) && e !== 'script[]'), args[0]).toEqual([]);
      expect(shape.elements.filter((e) => /[[,]on[a-z]+/.test(e)), args[0]).toEqual([]);
      expect(shape.urls.filter((u) => !/^(https?:|#|[\w./-]+$)/.test(u)), args[0]).toEqual([]);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/);
      // The hostile text is still there, as text (the outline prints descriptions).
      if (args[0] === 'outline') expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('E63 ids constructor / prototype and names toString, __proto__: every output works, nothing leaks from Object.prototype', () => {
    const r = repoFromFixture('E63-prototype-ids');
    expectFindings(validate(r), 0, []);
    const outline = document(r, ['outline', '.', '--format', 'md']);
    expect(parsed(outline).rows.some((row) => row[0] === 'constructor' && row[1] === 'toString')).toBe(true);
    expect(outline).not.toMatch(/function|\[native code\]|\[object Object\]/);
    const impact = JSON.parse(document(r, ['impact', 'prototype', '.', '--direction', 'up', '--format', 'json'])) as unknown;
    expect(JSON.stringify(impact)).toContain('"constructor"');
    const graph = JSON.parse(document(r, ['graph', '.', '--format', 'json'])) as { nodes: { id: string }[] };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['constructor', 'cuc-cntt', 'prototype']);
    const html = document(r, ['outline', '.', '--format', 'html']);
    expect(html).not.toMatch(/\[native code\]|\[object Object\]/);
  });

  it('E64 names ../../.bashrc, CON, 300 characters, Api / api: build writes the same fixed file set, all inside --out', () => {
    const r = repoFromFixture('E63-prototype-ids');
    const a = fs.readFileSync(path.join(r, 'a.yaml'), 'utf8');
    fs.writeFileSync(path.join(r, 'a.yaml'), a.replace('"toString"', '"../../.bashrc"').replace('"valueOf"', '"CON"').replace('"hasOwnProperty"', `"${'x'.repeat(300)}"`).replace('"constructor"', '"Api"').replace('"__proto__"', '"api"'));
    const parent = tempDir();
    const out = path.join(parent, 'site');
    const run = cli(r, ['build', '.', '--out', out]);
    expectNoCrash(run);
    expect([0, 1]).toContain(run.code);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    const files = (fs.readdirSync(parent, { recursive: true }) as string[]).sort();
    expect(files.every((f) => f === 'site' || f.startsWith('site/'))).toBe(true);
    expect(files.filter((f) => /bashrc|\bCON\b|xxxx|Api/.test(f))).toEqual([]);
    expect(fs.existsSync(path.join(r, '..', '.bashrc'))).toBe(false);
  });

  it('E65 --out is a symlink, or holds a file arch did not write: exit 2, nothing written anywhere', () => {
    const outside = tempDir();
    const link = path.join(tempDir(), 'site');
    fs.symlinkSync(outside, link);
    const viaLink = cli(repo, ['build', '.', '--out', link, '--force']);
    expectNoCrash(viaLink);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toMatch(/is a symbolic link; pass the real folder\n$/);
    expect(fs.readdirSync(outside)).toEqual([]);

    const site = tempDir();
    write(site, 'index.html', '<h1>my own page</h1>\n');
    const foreign = cli(repo, ['build', '.', '--out', site]);
    expectNoCrash(foreign);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/index\.html exists and was not generated by arch; use --force to overwrite it\n$/);
    expect(fs.readdirSync(site)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('<h1>my own page</h1>\n');
  });

  it('E65 --out under a symlinked folder that leaves the working folder (reports -> /elsewhere): exit 2, nothing written', () => {
    const outside = tempDir();
    fs.symlinkSync(outside, path.join(repo, 'reports'));
    try {
      const r = cli(repo, ['build', '.', '--out', 'reports/site', '--force']);
      expectNoCrash(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out: \S*reports\/site leads through a symbolic link outside the working folder/);
      expect(fs.readdirSync(outside)).toEqual([]);
    } finally {
      fs.unlinkSync(path.join(repo, 'reports'));
    }
  });

  it('E66 a read-only output folder or parent (EACCES): exit 2, one line naming the folder, the old report intact, nothing left beside it', () => {
    for (const readOnly of ['folder', 'parent'] as const) {
      const parent = tempDir();
      fs.chmodSync(parent, 0o777);
      const site = path.join(parent, 'site');
      write(site, 'index.html', '<!-- generated by arch -->old\n');
      fs.chmodSync(readOnly === 'folder' ? site : parent, 0o555);
      if (readOnly === 'parent') fs.chmodSync(site, 0o777);
      for (const f of fs.readdirSync(repo)) fs.chmodSync(path.join(repo, f), 0o755);
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(process.execPath, [BIN, 'build', '.', '--out', site], { cwd: repo, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
      expect(r.status, readOnly).toBe(2);
      expect(r.stderr).toBe(`arch: cannot write ${site}: EACCES, permission denied; check the permissions of the file and its parent folder, or choose another place\n`);
      expect(fs.readdirSync(site)).toEqual(['index.html']);
      expect(fs.readdirSync(parent)).toEqual(['site']);
      expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('<!-- generated by arch -->old\n');
    }
  });

  it('E66 SIGINT during arch build: exit 130 (or finished), every file complete, no temp files', async () => {
    const site = path.join(tempDir(), 'site');
    expect([0, 1]).toContain(cli(repo, ['build', '.', '--out', site]).code);
    const before = fs.readFileSync(path.join(site, 'outline.md'), 'utf8');
    for (const delay of [300, 900, 1800]) {
      const child = spawn(process.execPath, [BIN, 'build', '.', '--out', site], { cwd: repo, env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_TODAY: TEST_TODAY } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      setTimeout(() => child.kill('SIGINT'), delay);
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
      expect(signal === 'SIGINT' || code === 130 || code === 0 || code === 1, `delay ${delay}: ${code} ${signal} ${stderr}`).toBe(true);
      expect(tempFiles(site)).toEqual([]);
      // Same input, so a finished or partly finished build leaves byte-identical, complete files.
      expect(fs.readFileSync(path.join(site, 'outline.md'), 'utf8')).toBe(before);
      expect(markdownShape(fs.readFileSync(path.join(site, 'conformance.md'), 'utf8')).blocks.length).toBeGreaterThan(10);
    }
  });
});
