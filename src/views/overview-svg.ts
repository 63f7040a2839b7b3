/**
 * Draws the overview (src/views/overview.ts) as SVG, laid out by arch itself: deterministic rows of grouped
 * boxes with wrapped text, cross-cutting bars on the right, a legend below. No Graphviz, no edges. A group with
 * more elements than fit shows a count box; an empty group says so. Text is at least 12 px at 100 % zoom.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { viewLabel } from './data.js';
import { kindFill, LAYER_FILL, lineStyle, STROKE, type LineStyle } from './style.js';
import { FONT_FAMILY, textBlock, wrap, xml } from './svg-text.js';
import type { OverviewView, ViewItem } from './types.js';

const W = 1100;
const PAD = 10;
const LABEL_W = 130;
const BAR_W = 150;
const BOX_W = 160;
const BOX_H = 58;
const GAP = 8;
const ITEM_PT = 12;
const HEAD_PT = 13;
const MAX_BOX_ROWS = 3;

function box(item: ViewItem, x: number, y: number): string {
  const style = lineStyle(item);
  const fill = kindFill(item.kind);
  const lines = wrap(item.name, BOX_W - 12, ITEM_PT, 3);
  const ty = y + (BOX_H - lines.length * 15) / 2 + 11;
  const color = style === 'retiring' ? ' fill="#616161"' : '';
  return `<g><title>${xml(`${item.name} (${item.id})`)}</title><rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="${fill}" ${STROKE[style]}/>${textBlock(lines, x + 6, Math.round(ty), ITEM_PT, color)}</g>`;
}

function countBox(n: number, x: number, y: number, lang: Lang): string {
  const lines = wrap(viewLabel('more', lang, n), BOX_W - 12, ITEM_PT, 3);
  return `<g><rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="#fafafa" stroke="#9e9e9e" stroke-width="1"/>${textBlock(lines, x + 6, y + Math.round((BOX_H - lines.length * 15) / 2 + 11), ITEM_PT, ' font-style="italic"')}</g>`;
}

/** Boxes of one group in a grid of `cols` columns, at most MAX_BOX_ROWS rows; returns the SVG and its height. */
function groupGrid(items: readonly ViewItem[], x: number, y: number, cols: number, lang: Lang): { svg: string[]; height: number } {
  if (items.length === 0) return { svg: [textBlock([viewLabel('empty', lang)], x, y + 16, ITEM_PT, ' font-style="italic" fill="#757575"')], height: 24 };
  const capacity = cols * MAX_BOX_ROWS;
  const shown = items.length > capacity ? items.slice(0, capacity - 1) : items;
  const out = shown.map((it, i) => box(it, x + (i % cols) * (BOX_W + GAP), y + Math.floor(i / cols) * (BOX_H + GAP)));
  const cells = shown.length + (items.length > shown.length ? 1 : 0);
  if (items.length > shown.length) out.push(countBox(items.length - shown.length, x + (shown.length % cols) * (BOX_W + GAP), y + Math.floor(shown.length / cols) * (BOX_H + GAP), lang));
  return { svg: out, height: Math.ceil(cells / cols) * (BOX_H + GAP) - GAP };
}

/** Group widths in a row: every group gets one column, the rest goes to the groups with more elements. */
const groupWidth = (cols: number): number => cols * (BOX_W + GAP) + GAP;

function columnsOf(groups: readonly { items: readonly ViewItem[] }[], width: number): number[] {
  const cols = groups.map(() => 1);
  const used = () => cols.reduce((n, c) => n + groupWidth(c), 0) + (groups.length - 1) * GAP;
  while (used() + BOX_W + GAP <= width) {
    // The group whose elements most exceed what its columns show takes the next column.
    let best = -1;
    let need = 0;
    groups.forEach((g, i) => {
      const over = g.items.length - cols[i]! * MAX_BOX_ROWS;
      const n = over > 0 ? over + 1000 : g.items.length / cols[i]!;
      if (g.items.length > cols[i]! && n > need) (best = i), (need = n);
    });
    if (best < 0) break;
    cols[best]! += 1;
  }
  return cols;
}

/** Groups of a row in lines: side by side while one column each fits, then on the next line. */
function linesOf<G>(groups: readonly G[], width: number): G[][] {
  const lines: G[][] = [];
  let used = 0;
  for (const g of groups) {
    const w = groupWidth(1) + (lines.length && lines[lines.length - 1]!.length ? GAP : 0);
    if (lines.length === 0 || used + w > width) lines.push([g]), (used = groupWidth(1));
    else lines[lines.length - 1]!.push(g), (used += w);
  }
  return lines;
}

function legend(y: number, lang: Lang): { svg: string; height: number } {
  const entries: [LineStyle, string][] = [['own', 'own'], ['planned', 'planned'], ['retiring', 'retiring'], ['national', 'national']];
  const out = [textBlock([viewLabel('legend', lang)], PAD, y + 14, HEAD_PT, ' font-weight="bold"')];
  let x = PAD + 90;
  for (const [style, key] of entries) {
    const text = viewLabel(key, lang);
    out.push(`<rect x="${x}" y="${y + 2}" width="28" height="16" rx="3" fill="#ffffff" ${STROKE[style]}/>`, textBlock([text], x + 34, y + 14, ITEM_PT));
    x += 34 + Math.ceil(text.length * ITEM_PT * 0.6) + 18;
  }
  return { svg: out.join(''), height: 24 };
}

export function overviewSvg(view: OverviewView, lang: Lang, idPrefix: string, title: string): string {
  const barsW = view.bars.length * (BAR_W + GAP);
  const contentX = PAD + LABEL_W + GAP;
  const contentW = W - contentX - barsW - PAD;
  const body: string[] = [];
  let y = PAD;
  for (const row of view.rows) {
    const rowTop = y;
    const parts: string[] = [];
    let lineTop = rowTop;
    for (const line of linesOf(row.groups, contentW)) {
      const cols = columnsOf(line, contentW);
      let x = contentX;
      let h = 0;
      line.forEach((g, i) => {
        const gw = groupWidth(cols[i]!);
        const head = wrap(g.label, gw - 2 * GAP, HEAD_PT, 2);
        const headH = head.length * 16;
        const grid = groupGrid(g.items, x + GAP, lineTop + 14 + headH, cols[i]!, lang);
        parts.push(`<g><rect x="${x}" y="${lineTop + 6}" width="${gw}" height="{H${parts.length}}" rx="6" fill="#ffffff" fill-opacity="0.6" stroke="#b0bec5"/>${textBlock(head, x + GAP, lineTop + 22, HEAD_PT, ' font-weight="bold" fill="#37474f"')}${grid.svg.join('')}</g>`);
        h = Math.max(h, grid.height + 14 + headH + GAP);
        x += gw + GAP;
      });
      // Every group box of a line is as tall as the line's tallest.
      for (let k = parts.length - line.length; k < parts.length; k++) parts[k] = parts[k]!.replace(`{H${k}}`, String(h - 6));
      lineTop += h + 2;
    }
    const rowH = Math.max(lineTop - rowTop + 4, 64);
    const label = wrap(row.label, LABEL_W - 16, 14, 4);
    body.push(
      `<g id="${idPrefix}-row-${xml(row.id)}"><rect x="${PAD}" y="${rowTop}" width="${W - 2 * PAD - barsW}" height="${rowH}" rx="6" fill="#f5f7f8" stroke="#90a4ae"/>`,
      textBlock(label, PAD + 8, rowTop + Math.round(rowH / 2 - ((label.length - 1) * 17) / 2 + 5), 14, ' font-weight="bold" fill="#263238"'),
      ...parts,
      '</g>',
    );
    y += rowH + GAP;
  }
  const rowsBottom = y - GAP;
  view.bars.forEach((bar, i) => {
    const bx = W - PAD - barsW + GAP + i * (BAR_W + GAP);
    const head = wrap(bar.label, BAR_W - 12, HEAD_PT, 3);
    const lines: string[] = [];
    const room = Math.floor((rowsBottom - PAD - 24 - head.length * 16 - 20) / 15);
    for (const it of bar.items) lines.push(...wrap(`• ${it.name}`, BAR_W - 14, ITEM_PT, 2));
    const fits = lines.length <= room;
    const shownLines: string[] = [];
    let shownItems = 0;
    if (fits) shownLines.push(...lines);
    else {
      for (const it of bar.items) {
        const l = wrap(`• ${it.name}`, BAR_W - 14, ITEM_PT, 2);
        if (shownLines.length + l.length > room - 2) break;
        shownLines.push(...l);
        shownItems += 1;
      }
      shownLines.push(...wrap(viewLabel('moreShort', lang, bar.items.length - shownItems), BAR_W - 14, ITEM_PT, 2));
    }
    if (bar.items.length === 0) shownLines.push(viewLabel('empty', lang));
    body.push(
      `<g id="${idPrefix}-bar-${xml(bar.id)}"><rect x="${bx}" y="${PAD}" width="${BAR_W}" height="${rowsBottom - PAD}" rx="6" fill="${bar.id === 'security' ? LAYER_FILL.security : LAYER_FILL.governance}" stroke="#90a4ae"/>`,
      textBlock(head, bx + 6, PAD + 20, HEAD_PT, ' font-weight="bold" fill="#263238"'),
      textBlock(shownLines, bx + 7, PAD + 24 + head.length * 16 + 8, ITEM_PT),
      '</g>',
    );
  });
  const lg = legend(rowsBottom + 12, lang);
  const H = rowsBottom + 12 + lg.height + PAD;
  return [
    '<!-- generated by arch -->',
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...body,
    lg.svg,
    '</svg>',
    '',
  ].join('\n');
}

/** The overview as a Mermaid flowchart for Markdown: one subgraph a row, at most 12 elements a group, no edges. */
export function overviewMermaid(view: OverviewView, lang: Lang): string {
  const q = (s: string) => s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ');
  const out = ['flowchart TB'];
  let n = 0;
  const rows = [...view.rows.map((r) => ({ id: r.id, label: r.label, groups: r.groups })), ...view.bars.map((b) => ({ id: b.id, label: b.label, groups: [{ label: b.label, items: b.items }] }))];
  rows.forEach((row, r) => {
    out.push(`  subgraph r${r}["${q(row.label)}"]`);
    for (const g of row.groups) {
      const shown = g.items.length > 12 ? g.items.slice(0, 11) : g.items;
      for (const it of shown) out.push(`    i${n++}["${q(it.name)}"]`);
      if (g.items.length > shown.length) out.push(`    i${n++}["${q(viewLabel('more', lang, g.items.length - shown.length))}"]`);
      if (g.items.length === 0) out.push(`    i${n++}["${q(`${g.label}: ${viewLabel('empty', lang)}`)}"]`);
    }
    out.push('  end');
  });
  // Rows stacked top-down in the framework's order.
  for (let r = 0; r + 1 < view.rows.length; r++) out.push(`  r${r} ~~~ r${r + 1}`);
  return `${out.join('\n')}\n`;
}
