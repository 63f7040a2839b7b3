/**
 * The HTML outline and the build index parsed with parse5: no script, no event handler, no javascript:
 * URL, a CSP that forbids scripts, and every hostile name present as text.
 */
import { describe, expect, it } from 'vitest';
import { inlineSvgText, safeUrl } from '../../src/render/helpers/html.js';
import { runCli } from '../helpers/cli.js';
import { HOSTILE, hostileRepo } from './fixtures.js';
import { elements, expectSafeHtml, textOf } from './html-check.js';

describe('HTML helpers', () => {
  it('allow only http(s), fragments and relative URLs', () => {
    expect(safeUrl('https://a.vn/x')).toBe('https://a.vn/x');
    expect(safeUrl('outline.html')).toBe('outline.html');
    expect(safeUrl('#s-III-1')).toBe('#s-III-1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/x', '\\\\host\\share', 'vbscript:x', 'java\nscript:x', 'a:b/c']) expect(safeUrl(bad)).toBe('#');
  });

  it('refuse scriptable SVG', () => {
    expect(inlineSvgText('<?xml version="1.0"?><!-- c --><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')).toBe('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>');
    expect(inlineSvgText('<svg><script>alert(1)</script></svg>')).toBeNull();
    expect(inlineSvgText('<svg onload="alert(1)"></svg>')).toBeNull();
    expect(inlineSvgText('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toBeNull();
  });
});

describe('arch outline --format html', () => {
  it('is safe and shows hostile names as text, with inline SVG diagrams', async () => {
    const r = await runCli(['outline', hostileRepo(), '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    const doc = expectSafeHtml(r.stdout);
    const els = elements(doc);
    const cells = els.filter((e) => e.tagName === 'td').map(textOf);
    for (const name of HOSTILE) expect(cells).toContain(name);
    expect(els.filter((e) => e.tagName === 'img')).toEqual([]);
    expect(els.filter((e) => e.tagName === 'svg').length).toBeGreaterThan(0);
    expect(els.filter((e) => e.tagName === 'h2').map(textOf)).toContain('CHAPTER III. TARGET ARCHITECTURE');
    // The table of contents links every section to an existing anchor.
    const ids = new Set(els.flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value)));
    const links = els.filter((e) => e.tagName === 'a').map((e) => e.attrs.find((a) => a.name === 'href')!.value);
    expect(links.length).toBeGreaterThan(20);
    for (const l of links.filter((h) => h.startsWith('#'))) expect(ids.has(l.slice(1)), l).toBe(true);
  });
});
