/**
 * Markdown-safe helpers (ROBUSTNESS.md §3): every interpolation in a `.md.hbs` template goes through one
 * of these, because the Markdown environment does not escape anything by itself.
 * - `md`: inline text on one line; Markdown punctuation is backslash-escaped, block starters at the start
 *   of the text are neutralised, `@mention` and `#123` autolinks are broken with U+200B.
 * - `mdCell`: as `md`, for a GFM table cell (`|` is escaped; line breaks become `<br>`).
 * - `mdCode`: an inline code span whatever backticks the text contains.
 * - `mdLink`: a link only for http(s)/relative/fragment targets, plain text otherwise.
 */
import { normaliseNewlines, toText } from './text.js';
import { allowedUrl } from './url.js';

const ALWAYS = /[\\`*_{}[\]<|~]/g;
const ZWSP = '\u200B';

function escapeInline(s: string, lineStart = true): string {
  let out = s.replace(ALWAYS, (c) => `\\${c}`).replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // GitHub/GitLab mentions and issue references.
  out = out.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`);
  // Block starters at the start of the text: headings, lists, quotes, thematic breaks, ordered lists
  // (not needed inside a table cell, which holds inline content only).
  if (lineStart) out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Inline Markdown text on one line. */
export function mdText(value: unknown): string {
  return escapeInline(normaliseNewlines(toText(value)).replace(/[\t\n]+/g, ' ').trim());
}

/** Text for a GFM table cell: each line escaped, lines joined with `<br>`. */
export function mdCell(value: unknown): string {
  const lines = normaliseNewlines(toText(value))
    .split('\n')
    .map((l) => escapeInline(l.replace(/\t/g, ' ').trim(), false))
    .filter((l) => l !== '');
  return lines.join('<br>');
}

/** An inline code span; pipes are escaped too because GFM splits table rows on them even inside code. */
export function mdCode(value: unknown): string {
  const s = normaliseNewlines(toText(value)).replace(/[\t\n]+/g, ' ');
  if (s === '') return '';
  const longest = Math.max(0, ...Array.from(s.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** `[text](url)` for an allowed target, otherwise only the escaped text. */
export function mdLink(text: unknown, url: unknown): string {
  const label = mdText(text);
  const target = allowedUrl(url);
  if (target === null || label === '') return label;
  const encoded = target.replace(/[()<> \\|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${encoded})`;
}

/** A fenced code block (for Mermaid diagrams): the fence is longer than any backtick run in the code. */
export function mdFence(info: unknown, code: unknown): string {
  const lang = typeof info === 'string' && /^[a-z0-9-]{0,20}$/.test(info) ? info : '';
  const body = normaliseNewlines(toText(code)).replace(/\n+$/, '');
  const longest = Math.max(0, ...Array.from(body.matchAll(/`{3,}/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}
