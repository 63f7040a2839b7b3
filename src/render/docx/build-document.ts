/**
 * The outline view model as a Word document, following the administrative conventions of
 * Nghị định 30/2020/NĐ-CP (templates/docx/conventions.json): A4, Times New Roman, the usual margins,
 * real Heading 1–3 styles, a table of contents field, numbered tables and figures, page numbers.
 */
import { AlignmentType, Document, Footer, HeadingLevel, PageBreak, PageNumber, Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { label } from '../engine.js';
import type { OutlineViewModel } from '../view-models/types.js';
import { blockToDocx, bodyParagraph, table, type BlockContext } from './blocks.js';
import { halfPt, twip, type Conventions } from './conventions.js';
import type { Picture } from './pictures.js';
import type { TableSink } from './table-xml.js';

const fill = (s: string, ...args: (string | number)[]): string => s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

function styles(c: Conventions) {
  const heading = (id: string, name: string, pt: number, level: number, centered: boolean) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: c.font, size: halfPt(pt), bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level, alignment: centered ? AlignmentType.CENTER : AlignmentType.LEFT },
  });
  return {
    default: {
      document: {
        run: { font: c.font, size: halfPt(c.bodyPt) },
        paragraph: { spacing: { after: Math.round(c.paragraphAfterPt * 20), line: Math.round(c.lineSpacing * 240) } },
      },
    },
    paragraphStyles: [heading('Heading1', 'heading 1', c.heading1Pt, 0, true), heading('Heading2', 'heading 2', c.heading2Pt, 1, false), heading('Heading3', 'heading 3', c.heading3Pt, 2, false)],
  };
}

const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ text, heading: level });

function titlePage(vm: OutlineViewModel, c: Conventions, L: (key: string) => string): Paragraph[] {
  const centered = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number; before?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: opts.before ?? 0 }, children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size ? halfPt(opts.size) : undefined })] });
  const d = vm.document;
  return [
    centered(vm.ministry.nameUpper, { bold: true }),
    centered(d.title, { bold: true, size: c.titlePt + 2, before: 2400 }),
    centered(d.subtitle, { bold: true }),
    ...(d.decision ? [centered(d.decision, { italics: true })] : []),
    centered(fill(L('statusLine'), d.status, d.date), { before: 1200 }),
    centered(d.place, { italics: true, before: 2400 }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export function buildDocument(vm: OutlineViewModel, c: Conventions, pictures: ReadonlyMap<string, Picture>, tables: TableSink, templatesDir?: string): Document {
  const lang: Lang = vm.lang;
  const L = (key: string) => label(key, lang, templatesDir);
  const ctx: BlockContext = { c, missingLabel: L('toBeCompleted'), diagramNote: (n, e) => fill(L('docx.diagramNote'), n, e), pictures, tables, diagrams: [] };
  const body: (Paragraph | Table | TableOfContents)[] = [...titlePage(vm, c, L)];
  const tocEntries = [
    { title: L('abbreviationsTitle'), level: 1 },
    ...vm.chapters.flatMap((ch) => [{ title: ch.heading, level: 1 }, ...ch.sections.map((s) => ({ title: `${s.number}. ${s.title}`, level: 2 }))]),
    { title: L('completeness.title'), level: 1 },
    { title: L('docx.annexTitle'), level: 1 },
  ];
  body.push(
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: L('tocTitle'), bold: true })] }),
    new TableOfContents(L('tocTitle'), { hyperlink: true, headingStyleRange: '1-3', cachedEntries: tocEntries }),
    new Paragraph({ children: [new TextRun({ text: L('docx.tocPlaceholder'), italics: true, size: halfPt(c.tablePt) })] }),
    new Paragraph({ children: [new PageBreak()] }),
    h(L('abbreviationsTitle'), HeadingLevel.HEADING_1),
    table(ctx, [L('col.abbreviation'), L('col.meaning')], vm.abbreviations.map((a) => [a.short, a.long])),
  );
  for (const ch of vm.chapters) {
    body.push(h(ch.heading, HeadingLevel.HEADING_1));
    if (ch.requirement) body.push(new Paragraph({ children: [new TextRun({ text: ch.requirement, italics: true })] }));
    for (const b of ch.blocks) body.push(...blockToDocx(ctx, b));
    for (const s of ch.sections) {
      body.push(h(`${s.number}. ${s.title}`, HeadingLevel.HEADING_2));
      if (s.requirement) body.push(new Paragraph({ children: [new TextRun({ text: s.requirement, italics: true })] }));
      for (const b of s.blocks) body.push(...blockToDocx(ctx, b));
    }
  }
  const comp = vm.completeness;
  body.push(
    h(L('completeness.title'), HeadingLevel.HEADING_1),
    bodyParagraph(ctx, fill(L('completeness.intro'), comp.filled, comp.expected, comp.percent)),
    table(ctx, [L('col.chapter'), L('col.filled'), L('col.share'), L('col.missingRequired')], comp.rows.map((r) => [`${r.number}. ${r.title}`, `${r.filled}/${r.expected}`, `${r.percent}%`, r.missingRequired])),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${L('structureSource')}: ${vm.structureSource}`, italics: true, size: halfPt(c.tablePt) })] }),
    new Paragraph({ children: [new PageBreak()] }),
    h(L('docx.annexTitle'), HeadingLevel.HEADING_1),
    bodyParagraph(ctx, L('docx.annexIntro')),
  );
  for (const d of ctx.diagrams) {
    body.push(h(d.caption, HeadingLevel.HEADING_3));
    if (d.relations.length > 0) body.push(table(ctx, [L('col.from'), L('col.relation'), L('col.to')], d.relations));
  }
  return new Document({
    title: vm.document.title,
    subject: vm.profile.title,
    creator: 'arch',
    lastModifiedBy: 'arch',
    description: L('docx.description'),
    keywords: 'generated by arch',
    revision: 1,
    features: { updateFields: true },
    styles: styles(c),
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(c.pageMm.width), height: twip(c.pageMm.height) },
            margin: { top: twip(c.marginsMm.top), bottom: twip(c.marginsMm.bottom), left: twip(c.marginsMm.left), right: twip(c.marginsMm.right) },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: body,
      },
    ],
  });
}
