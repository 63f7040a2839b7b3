/**
 * View-model blocks as Word content: paragraphs, dash lists, tables with a repeated header row,
 * diagrams as a PNG rendered offline from their SVG with the bundled font (at least 150 dpi where placed; the
 * same picture in Word and LibreOffice on every machine — the SVG itself is in the built site), and the visible
 * "to be completed" marker.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, ShadingType, TextRun } from 'docx';
import type { Block, TableBlock } from '../view-models/types.js';
import { toText } from '../helpers/text.js';
import { halfPt, twip, type Conventions } from './conventions.js';
import type { Picture } from './pictures.js';
import { tableXml, type TableSink } from './table-xml.js';

export interface BlockContext {
  c: Conventions;
  missingLabel: string;
  diagramNote: (nodes: number, edges: number) => string;
  /** The document's tables, written as XML and put in place when the package is written. */
  tables: TableSink;
  /** The diagrams' pictures, rendered beforehand (src/render/docx/pictures.ts), by SVG text. */
  pictures: ReadonlyMap<string, Picture>;
  /** Diagrams met so far, listed again as relation tables in the annex. */
  diagrams: { caption: string; relations: string[][] }[];
}

/** Word text: control characters are not allowed in XML 1.0, and docx does not strip them. */
const clean = (s: string): string => toText(s).replace(/[\t\r\n]+/g, ' ');

export function bodyParagraph(ctx: BlockContext, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(clean(text))], indent: { firstLine: twip(ctx.c.firstLineIndentMm) }, alignment: AlignmentType.JUSTIFIED });
}

export function caption(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: clean(text), bold: true })], alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120 } });
}

/**
 * Column widths (twips) from the content: every column is at least as wide as its longest unbreakable word
 * (ids, dates, codes and header words never wrap inside a word; at most a third of the page each), and the room
 * left goes to the columns with the most text. Word widths are estimated from Times New Roman's character
 * classes (capitals wider, punctuation narrower; bold header words a little wider) plus the cell margins.
 */
function wordEm(word: string): number {
  let em = 0;
  for (const ch of word) em += /[./,:;()\-'’]/.test(ch) ? 0.34 : /\p{Lu}/u.test(ch) ? 0.74 : 0.52;
  return em;
}

function columnWidths(ctx: BlockContext, columns: string[], rows: string[][]): number[] {
  const total = twip(ctx.c.pageMm.width - ctx.c.marginsMm.left - ctx.c.marginsMm.right);
  const emTwips = ctx.c.tablePt * 20;
  const cellMargins = 300;
  const longest = (texts: string[], factor: number) => Math.max(0, ...texts.flatMap((t) => t.split(/\s+/).map((w) => wordEm(w) * factor)));
  const stats = columns.map((col, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    const em = Math.max(longest([col], 1.08), longest(cells, 1));
    const mean = [col, ...cells].reduce((n, t) => n + Math.min(t.length, 120), 0) / (cells.length + 1);
    return { min: Math.min(em * emTwips + cellMargins, total / 3), mean: Math.max(mean, 1) };
  });
  const minSum = stats.reduce((n, c) => n + c.min, 0);
  let widths: number[];
  if (minSum >= total) {
    // Not every word fits: narrow columns (numbers, levels, dates) keep their width, the widest give way.
    widths = stats.map(() => 0);
    let open = stats.map((_, i) => i);
    let room = total;
    for (;;) {
      const share = room / open.length;
      const small = open.filter((i) => stats[i]!.min <= share);
      if (small.length === 0) {
        const sum = open.reduce((n, i) => n + stats[i]!.min, 0);
        for (const i of open) widths[i] = Math.floor((room * stats[i]!.min) / sum);
        break;
      }
      for (const i of small) (widths[i] = Math.floor(stats[i]!.min)), (room -= widths[i]!);
      open = open.filter((i) => !small.includes(i));
      if (open.length === 0) break;
    }
  } else {
    const meanSum = stats.reduce((n, c) => n + c.mean, 0);
    widths = stats.map((c) => Math.floor(c.min + ((total - minSum) * c.mean) / meanSum));
  }
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A table: written as WordprocessingML (table-xml.ts); the document holds its placeholder paragraph. */
export function table(ctx: BlockContext, columns: string[], rows: string[][]): Paragraph {
  const n = ctx.tables.xml.push(tableXml(columnWidths(ctx, columns, rows), columns, rows, halfPt(ctx.c.tablePt))) - 1;
  return new Paragraph({ children: [new TextRun(`${ctx.tables.marker}${n}`)] });
}

function tableBlock(ctx: BlockContext, b: TableBlock): Paragraph[] {
  return [caption(b.caption), table(ctx, b.columns, b.rows), new Paragraph({ children: [] })];
}

function diagram(ctx: BlockContext, svgText: string, captionText: string, note: string): Paragraph[] {
  const picture = ctx.pictures.get(svgText);
  const out: Paragraph[] = [];
  if (picture) {
    const { width, height } = picture.placed;
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // Single, automatic line height: an exact or proportional line would clip the picture to one line.
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
        children: [new ImageRun({ type: 'png', data: picture.png, transformation: { width, height }, altText: { name: clean(captionText), description: clean(captionText), title: clean(captionText) } })],
      }),
    );
  }
  out.push(caption(captionText), new Paragraph({ children: [new TextRun({ text: clean(note), italics: true, size: halfPt(ctx.c.tablePt) })], alignment: AlignmentType.CENTER }));
  return out;
}

export function blockToDocx(ctx: BlockContext, b: Block): Paragraph[] {
  switch (b.type) {
    case 'text':
      return b.paragraphs.map((p) => bodyParagraph(ctx, p));
    case 'list':
      return b.items.map((item) => new Paragraph({ children: [new TextRun(`- ${clean(item)}`)], indent: { firstLine: twip(ctx.c.firstLineIndentMm) } }));
    case 'table':
      return tableBlock(ctx, b);
    case 'diagram':
      if (b.relations.length > 0) ctx.diagrams.push({ caption: b.caption, relations: b.relations });
      return diagram(ctx, b.svg, b.caption, b.note ?? ctx.diagramNote(b.nodeCount, b.edgeCount));
    case 'prose':
      return [new Paragraph({ children: [new TextRun({ text: clean(b.text), italics: true, color: '595959' })] })];
    case 'missing':
      return [
        new Paragraph({
          children: [new TextRun({ text: `${ctx.missingLabel}: `, bold: true, color: 'C00000' }), new TextRun({ text: clean(b.what), color: 'C00000' })],
          shading: { type: ShadingType.CLEAR, fill: 'FFF2F2', color: 'auto' },
        }),
      ];
  }
}
