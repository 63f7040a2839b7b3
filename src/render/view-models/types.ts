/**
 * The outline view model: plain data only (strings, numbers, booleans, arrays, plain objects), so the
 * same object drives the Markdown and HTML templates and the DOCX writer, and handlebars never meets a
 * class instance, a Map or a Date. Optional values are present as null (templates run in strict mode).
 */

export interface TextBlock {
  type: 'text';
  paragraphs: string[];
}

export interface ListBlock {
  type: 'list';
  items: string[];
}

export interface TableBlock {
  type: 'table';
  /** "Bảng 3. Danh mục hệ thống thông tin" — numbered in document order. */
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface DiagramBlock {
  type: 'diagram';
  /** "Hình 1. Sơ đồ tổng thể" — numbered in document order. */
  caption: string;
  /** The figure's fragment id in HTML (`figure-1`), unique on the page. */
  anchor: string;
  /** Mermaid flowchart source (Markdown output). */
  mermaid: string;
  /** Graphviz DOT source (written by `arch build`); empty for the overview, which arch lays out itself. */
  dot: string;
  /** SVG rendered offline (HTML and DOCX output); empty when not requested. */
  svg: string;
  nodeCount: number;
  edgeCount: number;
  /** The relations drawn, as [from, relation, to] names (the DOCX annex, for viewers without SVG support). */
  relations: string[][];
  /** What the reader should know about the picture (its layout's source, or that it was aggregated). */
  note?: string;
}

/** A visible "Chưa có thông tin" / "To be completed" marker naming what is missing. */
export interface MissingBlock {
  type: 'missing';
  what: string;
}

/** A section the repository cannot fill (prose the ministry writes); not counted in completeness. */
export interface ProseBlock {
  type: 'prose';
  text: string;
}

export type Block = TextBlock | ListBlock | TableBlock | DiagramBlock | MissingBlock | ProseBlock;

export interface SectionView {
  /** Anchor id, unique in the document (`s-III-5`). */
  anchor: string;
  number: string;
  title: string;
  /** "Bắt buộc — QĐ 2323/QĐ-BTTTT (e)" or null for customary sections. */
  requirement: string | null;
  required: boolean;
  blocks: Block[];
  /** Contents with data / contents listed for the section. */
  filled: number;
  expected: number;
}

export interface ChapterView {
  anchor: string;
  number: string;
  title: string;
  /** "CHƯƠNG III. …" or, for an annex, "PHỤ LỤC I. …", in the document's language. */
  heading: string;
  requirement: string | null;
  /** Blocks placed directly under the chapter heading (before its sections). */
  blocks: Block[];
  sections: SectionView[];
}

export interface CompletenessRow {
  number: string;
  title: string;
  filled: number;
  expected: number;
  percent: number;
  /** Required sections of the chapter without data, joined for display ("III.1 Tầm nhìn; …"). */
  missingRequired: string;
  complete: boolean;
}

export interface OutlineViewModel {
  lang: 'vi' | 'en';
  outline: string;
  profile: { id: string; title: string; instrument: string };
  /** The owner: a ministry or a province (`nameInSentence`: its name inside a sentence, "tỉnh Lâm Đồng"). */
  ministry: { code: string; name: string; nameInSentence: string; nameUpper: string };
  document: {
    title: string;
    subtitle: string;
    /** "Kèm theo Quyết định số … ngày …" for an approved architecture, else null. */
    decision: string | null;
    status: string;
    draft: boolean;
    version: string;
    date: string;
    place: string;
  };
  abbreviations: { short: string; long: string }[];
  chapters: ChapterView[];
  completeness: { rows: CompletenessRow[]; filled: number; expected: number; percent: number };
  /** Sources of the chapter structure (legal texts and the design note), shown in the colophon. */
  structureSource: string;
}
