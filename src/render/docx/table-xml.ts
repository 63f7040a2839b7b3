/**
 * Word tables written as WordprocessingML directly. The docx library builds every cell, paragraph and run as
 * objects (about 1.7 GB and 15 s for the tables of a 10,000-element outline); a table here is one string. The
 * document holds a placeholder paragraph per table, replaced in word/document.xml when the package is written
 * (package.ts). The markup is the one the library wrote: fixed grid, borders, repeated header row, rows that do
 * not split across pages.
 */
import { randomUUID } from 'node:crypto';
import { toText } from '../helpers/text.js';

/** Tables of one document: a marker no text can contain, and each table's XML by number. */
export interface TableSink {
  marker: string;
  xml: string[];
}

export const tableSink = (): TableSink => ({ marker: `arch-table-${randomUUID()}-`, xml: [] });

const BORDER = 'w:val="single" w:color="808080" w:sz="4"';
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${BORDER}/>`).join('')}</w:tblBorders>`;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cell(text: string, width: number, header: boolean, size: number): string {
  // Control characters are not allowed in XML 1.0; line breaks become <w:br/>.
  const lines = toText(text).replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\t/g, ' '));
  const rPr = `<w:rPr>${header ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>'}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const runs = lines.map((l, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(l)}</w:t></w:r>`).join('');
  const shade = header ? '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shade}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${runs}</w:p></w:tc>`;
}

/** One table: header row repeated on every page, rows kept whole, column widths in twips. */
export function tableXml(widths: readonly number[], columns: readonly string[], rows: readonly (readonly string[])[], sizeHalfPt: number): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const out = [`<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`];
  out.push(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c, i) => cell(c, widths[i]!, true, sizeHalfPt)).join('')}</w:tr>`);
  for (const r of rows) out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${widths.map((w, i) => cell(r[i] ?? '', w, false, sizeHalfPt)).join('')}</w:tr>`);
  out.push('</w:tbl>');
  return out.join('');
}

/** word/document.xml with each placeholder paragraph replaced by its table. */
export function insertTables(documentXml: string, sink: TableSink): string {
  if (sink.xml.length === 0) return documentXml;
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const at = documentXml.indexOf(sink.marker, from);
    if (at < 0) break;
    const start = documentXml.lastIndexOf('<w:p>', at);
    const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
    const n = Number(/^\d+/.exec(documentXml.slice(at + sink.marker.length, at + sink.marker.length + 12))![0]);
    parts.push(documentXml.slice(from, start), sink.xml[n]!);
    from = end;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}
