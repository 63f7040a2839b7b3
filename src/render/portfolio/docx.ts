/**
 * The roll-up as a Word report for the oversight body (Vietnamese by default): the conventions of the
 * outline (templates/docx/conventions.json, NĐ 30/2020), one heading and table per section; the agency × rule
 * matrix, too wide for a page, becomes the list of failed rules per agency.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { table, type BlockContext } from '../docx/blocks.js';
import { loadConventions, twip } from '../docx/conventions.js';
import { packDeterministic } from '../docx/package.js';
import { tableSink } from '../docx/table-xml.js';
import type { PortfolioView } from './view-model.js';

export async function renderPortfolioDocx(view: PortfolioView, isoDate: string, templatesDir?: string): Promise<Uint8Array> {
  const c = loadConventions(templatesDir);
  const tables = tableSink();
  const ctx: BlockContext = { c, missingLabel: '—', diagramNote: () => '', pictures: new Map(), tables, diagrams: [] };
  const L = view.L;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: L.title!.toUpperCase(), bold: true, size: c.titlePt * 2 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: L.subtitle!, italics: true })] }),
    new Paragraph({ text: L.summary!, heading: HeadingLevel.HEADING_1 }),
    table(ctx, [L.repositories!, L.readOk!, L.failed!, L.agencies!, L.elements!, L.findingsError!, L.findingsWarning!, L.findingsInfo!], [[view.summary.repos, view.summary.ok, view.summary.failed, view.summary.agencies, view.summary.elements, view.summary.error, view.summary.warning, view.summary.info].map(String)]),
  ];
  for (const t of view.tables) {
    body.push(new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_1 }));
    if (t.note) body.push(new Paragraph({ children: [new TextRun({ text: t.note, italics: true })] }));
    if (t.id === 'matrix') {
      const failed = t.rows.map((r) => [r[0]!, t.columns.slice(1).filter((_, i) => r[i + 1] === '✗').join(', ') || '—']);
      body.push(table(ctx, [L.agency!, `${L.rule!} — ${L['status.fail']}`], failed));
    } else if (t.rows.length) body.push(table(ctx, t.columns, t.rows));
    body.push(new Paragraph({ children: [] }));
  }
  const doc = new Document({
    creator: 'arch',
    title: L.title!,
    styles: { default: { document: { run: { font: c.font, size: c.bodyPt * 2 } } } },
    sections: [{ properties: { page: { size: { width: twip(c.pageMm.width), height: twip(c.pageMm.height) }, margin: { top: twip(c.marginsMm.top), bottom: twip(c.marginsMm.bottom), left: twip(c.marginsMm.left), right: twip(c.marginsMm.right) } } }, children: body }],
  });
  return packDeterministic(doc, isoDate, 'arch portfolio', tables);
}
