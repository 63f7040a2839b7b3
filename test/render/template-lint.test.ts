/**
 * Template hygiene (ROBUSTNESS.md §3): no raw output in any template, every Markdown interpolation goes
 * through an escaping helper, no dynamic partials, every UI label exists in both languages, and every
 * chapter file uses known contents and required-content ids of its profiles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/catalog/profiles.js';
import { chapterFile, knownContentIds, OUTLINES } from '../../src/render/view-models/outline.js';
import { ROOT } from '../helpers/cli.js';

const TEMPLATES = path.join(ROOT, 'templates');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const hbs = files(TEMPLATES).filter((f) => f.endsWith('.hbs'));
const rel = (f: string) => path.relative(TEMPLATES, f);

/** Helpers whose output is safe in Markdown (they escape, or print trusted numbers and labels). */
const MD_SAFE = new Set(['md', 'mdCell', 'mdCode', 'mdLink', 'mdFence', 't', 'fmtDate', 'inc']);

describe('templates', () => {
  it('exist for every outline in both formats', () => {
    expect(hbs.length).toBeGreaterThan(10);
    for (const o of OUTLINES) for (const f of ['md', 'html']) expect(fs.existsSync(path.join(TEMPLATES, o, `document.${f}.hbs`))).toBe(true);
  });

  it.each(hbs.map(rel))('%s has no raw output or dynamic partials', (file) => {
    const src = fs.readFileSync(path.join(TEMPLATES, file), 'utf8');
    expect(src).not.toMatch(/\{\{\{|\{\{&/);
    expect(src).not.toMatch(/SafeString/);
    expect(src).not.toMatch(/\{\{>\s*\(/);
    expect(src).not.toMatch(/\{\{~?\s*(lookup|log)\b/);
  });

  it.each(hbs.filter((f) => f.endsWith('.md.hbs')).map(rel))('%s interpolates only through Markdown-safe helpers', (file) => {
    const src = fs.readFileSync(path.join(TEMPLATES, file), 'utf8');
    for (const m of src.matchAll(/\{\{~?\s*([^#/>!^\s}~][^\s}~]*)/g)) {
      const head = m[1]!;
      if (head === 'else') continue;
      expect(MD_SAFE.has(head), `bare {{${head}}} in ${file}`).toBe(true);
    }
  });

  it('use only UI labels that exist in vi and en', () => {
    const vi = JSON.parse(fs.readFileSync(path.join(TEMPLATES, 'i18n/vi.json'), 'utf8')) as Record<string, string>;
    const en = JSON.parse(fs.readFileSync(path.join(TEMPLATES, 'i18n/en.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    const used = hbs.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\{\{t "([^"]+)"/g)].map((m) => m[1]!));
    for (const key of used) expect(vi[key], key).toBeTypeOf('string');
  });

  it('label every value of an enum field the documents show (a field with one enum.<field>.* label has them all)', () => {
    const vi = JSON.parse(fs.readFileSync(path.join(TEMPLATES, 'i18n/vi.json'), 'utf8')) as Record<string, string>;
    const schemas = path.join(ROOT, 'schemas');
    const defs = (JSON.parse(fs.readFileSync(path.join(schemas, 'common.schema.json'), 'utf8')) as { $defs: Record<string, { enum?: string[] }> }).$defs;
    type Prop = { enum?: string[]; $ref?: string; items?: Prop };
    const enumOf = (p: Prop): string[] | undefined => p.enum ?? (p.$ref ? defs[p.$ref.split('/').pop()!]?.enum : undefined) ?? (p.items ? enumOf(p.items) : undefined);
    const missing: string[] = [];
    let checked = 0;
    for (const f of fs.readdirSync(path.join(schemas, 'kinds'))) {
      const props = (JSON.parse(fs.readFileSync(path.join(schemas, 'kinds', f), 'utf8')) as { properties: Record<string, Prop> }).properties;
      for (const [field, prop] of Object.entries(props)) {
        const values = enumOf(prop);
        if (!values || !Object.keys(vi).some((k) => k.startsWith(`enum.${field}.`))) continue;
        checked++;
        for (const v of values) if (!(`enum.${field}.${v}` in vi)) missing.push(`${f} ${field}: enum.${field}.${v}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('chapter files', () => {
  const known = new Set(knownContentIds());
  it.each([...OUTLINES])('%s uses known contents, unique numbers and its profiles’ required contents', (outline) => {
    const file = chapterFile(outline);
    expect(file.outline).toBe(outline);
    expect(file.source.vi.length).toBeGreaterThan(20);
    // An annex is numbered on its own ("PHỤ LỤC I" beside "CHƯƠNG I").
    const numbers = file.chapters.flatMap((c) => [`${c.annex ? 'annex ' : ''}${c.number}`, ...c.sections.map((s) => s.number)]);
    expect(new Set(numbers).size).toBe(numbers.length);
    const requiredIds = new Set(profiles().filter((p) => p.outline === outline).flatMap((p) => p.requiredContents.map((r) => r.id)));
    const used = new Set<string>();
    for (const c of file.chapters) {
      for (const s of c.sections) {
        expect(s.content.length, s.number).toBeGreaterThan(0);
        for (const content of s.content) expect(known.has(content.split('@')[0]!), `${outline} ${s.number} ${content}`).toBe(true);
        for (const content of s.content) if (content.includes('@')) expect(['baseline', 'target']).toContain(content.split('@')[1]);
        if (s.required) {
          expect(requiredIds.has(s.required), `${s.number} ${s.required}`).toBe(true);
          used.add(s.required);
        }
      }
    }
    // Every required content of the profiles using this outline has a section.
    expect([...requiredIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it('every profile names an outline that exists', () => {
    for (const p of profiles()) expect(OUTLINES as readonly string[]).toContain(p.outline);
  });
});
