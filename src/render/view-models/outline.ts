/**
 * Builds the outline view model: the chapter file of the profile's outline
 * (`templates/<outline>/chapters.json`) lists chapters, sections and the contents of each section;
 * each content id is filled from the model, the graph or the manifest. Empty contents become visible
 * "to be completed" markers, and the completeness summary counts them per chapter.
 */
import type { Catalogues } from '../../catalog/catalog.js';
import { getProfile, type Profile } from '../../catalog/profiles.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { ArchitectureGraph } from '../../graph/index.js';
import { graphOf } from '../../graph/graph-of.js';
import type { ArchitectureModel, Text } from '../../model/types.js';
import { InputError } from '../../util/errors.js';
import { templateData } from '../engine.js';
import { formatDate } from '../helpers/shared.js';
import { diagramContent, diagramSpecs } from './content-diagrams.js';
import { TABLE_CONTENTS } from './content-tables.js';
import { TEXT_CONTENTS } from './content-text.js';
import { L, tx, type BuildContext, type Scope } from './context.js';
import type { Block, ChapterView, CompletenessRow, OutlineViewModel, SectionView } from './types.js';

interface SectionSpec {
  id: string;
  number: string;
  /** A component architecture's section takes that component's name in the profile (3.0 renamed security). */
  component?: string;
  title: Text;
  required: string | null;
  content: string[];
  /** Only in the documents of these profiles (3.0 and 4.0 add VNeID and the National Data Center); all when absent. */
  profiles?: string[];
}
interface ChapterSpec {
  id: string;
  number: string;
  /** An annex (Phụ lục) after the chapters: headed "PHỤ LỤC I. …", not "CHƯƠNG …". */
  annex?: boolean;
  title: Text;
  /** The title in a province's document ("…CỦA TỈNH" for "…CỦA BỘ"). */
  provinceTitle?: Text;
  required: string | null;
  sections: SectionSpec[];
}
export interface ChapterFile {
  outline: string;
  title: Text;
  /** The document title for a province (Kiến trúc Chính quyền điện tử / Chính quyền số cấp tỉnh). */
  provinceTitle?: Text;
  source: Text;
  chapters: ChapterSpec[];
}

export interface OutlineInput {
  model: ArchitectureModel;
  catalogues: Catalogues;
  lang: Lang;
  graph?: ArchitectureGraph;
  /** A profile id overriding the manifest's `framework` (`--profile`). */
  profileId?: string;
  templatesDir?: string;
  /** Render SVG diagrams (HTML and DOCX). */
  svg: boolean;
}

export const OUTLINES = ['outline-v1', 'outline-v2plus', 'outline-ndaf'] as const;

const isText = (t: unknown): boolean => typeof t === 'object' && t !== null && typeof (t as Text).vi === 'string';
const isSection = (s: unknown): boolean => {
  const x = s as SectionSpec;
  return typeof x === 'object' && x !== null && typeof x.number === 'string' && isText(x.title) && Array.isArray(x.content) && x.content.every((c) => typeof c === 'string') && (x.required === null || typeof x.required === 'string') && (x.component === undefined || typeof x.component === 'string') && (x.profiles === undefined || (Array.isArray(x.profiles) && x.profiles.every((p) => typeof p === 'string')));
};

/** The chapter file of an outline, checked for shape (it may come from the user's --templates folder). */
export function chapterFile(outline: string, templatesDir?: string): ChapterFile {
  const data = templateData(`${outline}/chapters.json`, templatesDir) as ChapterFile;
  const ok =
    typeof data === 'object' && data !== null && isText(data.title) && (data.provinceTitle === undefined || isText(data.provinceTitle)) && isText(data.source) && Array.isArray(data.chapters) &&
    data.chapters.every((c) => typeof c === 'object' && c !== null && typeof c.number === 'string' && isText(c.title) && (c.required === null || typeof c.required === 'string') && (c.annex === undefined || typeof c.annex === 'boolean') && (c.provinceTitle === undefined || isText(c.provinceTitle)) && Array.isArray(c.sections) && c.sections.every(isSection));
  if (!ok) {
    throw new InputError({
      vi: `${outline}/chapters.json không đúng cấu trúc (title, source, chapters[].number/title/required/sections[].number/title/required/content[])`,
      en: `${outline}/chapters.json has the wrong shape (expected title, source, chapters[].number/title/required/sections[].number/title/required/content[])`,
    });
  }
  return data;
}

/** Every content id a chapter file may use (for the data tests and for `--templates` authors). */
export function knownContentIds(templatesDir?: string): string[] {
  return ['prose', ...Object.keys(TEXT_CONTENTS), ...Object.keys(TABLE_CONTENTS), ...Object.keys(diagramSpecs(templatesDir)).map((d) => `diagram:${d}`)].sort();
}

export function resolveProfile(model: ArchitectureModel, profileId?: string): Profile {
  const id = profileId ?? model.manifest.framework;
  const profile = getProfile(id);
  if (!profile) throw new InputError({ vi: `Không có hồ sơ khung kiến trúc "${id}"`, en: `Unknown framework profile "${id}" (use 1.0, 2.0, 3.0, 4.0 or ndaf-2025)` });
  return profile;
}

async function contentBlocks(ctx: BuildContext, content: string): Promise<{ blocks: Block[]; what: string }> {
  if (content.startsWith('diagram:')) {
    const id = content.slice('diagram:'.length);
    return { blocks: await diagramContent(ctx, id), what: tx(ctx, diagramSpecs(ctx.templatesDir)[id]?.title) };
  }
  const [id = '', scopeText] = content.split('@');
  const scope = (scopeText ?? 'all') as Scope;
  const known = Object.prototype.hasOwnProperty.call(TEXT_CONTENTS, id) || Object.prototype.hasOwnProperty.call(TABLE_CONTENTS, id);
  if (!known || !['all', 'baseline', 'target'].includes(scope)) {
    throw new InputError({ vi: `Tệp chương dùng nội dung không biết "${content}"`, en: `The chapter file uses an unknown content "${content}"` });
  }
  const what = L(ctx, `content.${id}`);
  if (id in TEXT_CONTENTS) return { blocks: TEXT_CONTENTS[id as keyof typeof TEXT_CONTENTS](ctx), what };
  const counted = ctx.counters.table;
  const blocks = TABLE_CONTENTS[id]!(ctx, scope);
  const table = blocks.length === 1 && blocks[0]!.type === 'table' ? blocks[0]! : undefined;
  if (table?.type !== 'table') return { blocks, what };
  const rows = JSON.stringify(table.rows);
  if (scope === 'baseline') ctx.baselineTables.set(id, { caption: table.caption, rows });
  const before = scope === 'target' ? ctx.baselineTables.get(id) : undefined;
  // The target architecture keeps the current one unchanged: say so and point to its table instead of repeating it.
  if (before?.rows === rows) {
    ctx.counters.table = counted;
    const caption = before.caption.slice(0, before.caption.indexOf('.'));
    return { blocks: [{ type: 'text', paragraphs: [L(ctx, 'unchangedFromBaseline').replace('{0}', String(table.rows.length)).replace('{1}', caption)] }], what };
  }
  return { blocks, what };
}

const DERIVED_CONTENTS = new Set(['transition', 'derived-gaps']);

function requirementOf(ctx: BuildContext, required: string | null): string | null {
  if (required === null) return null;
  const rc = ctx.profile.requiredContents.find((r) => r.id === required);
  if (!rc) return null;
  return `${L(ctx, 'required')} — ${tx(ctx, rc.clause ?? rc.name)}`;
}

async function buildSection(ctx: BuildContext, s: SectionSpec): Promise<SectionView> {
  const blocks: Block[] = [];
  let filled = 0;
  let expected = 0;
  for (const content of s.content) {
    if (content === 'prose') {
      blocks.push({ type: 'prose', text: L(ctx, 'prose') });
      continue;
    }
    const r = await contentBlocks(ctx, content);
    // Contents derived from others (the transition from the projects) are shown when there is something to
    // show, and are neither missing nor counted otherwise.
    if (DERIVED_CONTENTS.has(content.split('@')[0]!)) {
      blocks.push(...r.blocks);
      continue;
    }
    expected += 1;
    if (r.blocks.length > 0) filled += 1;
    blocks.push(...(r.blocks.length > 0 ? r.blocks : [{ type: 'missing' as const, what: r.what }]));
  }
  const requirement = requirementOf(ctx, s.required);
  const component = s.component ? ctx.profile.componentArchitectures.find((c) => c.id === s.component) : undefined;
  return { anchor: `s-${s.number.replace(/[^A-Za-z0-9]+/g, '-')}`, number: s.number, title: tx(ctx, component?.name ?? s.title), requirement, required: requirement !== null, blocks, filled, expected };
}

function completenessRow(c: ChapterView): CompletenessRow {
  const filled = c.sections.reduce((n, s) => n + s.filled, 0);
  const expected = c.sections.reduce((n, s) => n + s.expected, 0);
  const missing = c.sections.filter((s) => s.required && s.filled < s.expected).map((s) => `${s.number} ${s.title}`);
  return { number: c.number, title: c.title, filled, expected, percent: expected === 0 ? 100 : Math.round((filled * 100) / expected), missingRequired: missing.join('; '), complete: filled === expected };
}

export async function buildOutlineViewModel(input: OutlineInput): Promise<OutlineViewModel> {
  const { model, lang } = input;
  const profile = resolveProfile(model, input.profileId);
  const ctx: BuildContext = {
    model,
    graph: input.graph ?? graphOf(model, input.catalogues),
    catalogues: input.catalogues,
    profile,
    lang,
    templatesDir: input.templatesDir,
    svg: input.svg,
    counters: { table: 0, figure: 0 },
    baselineTables: new Map(),
  };
  const file = chapterFile(profile.outline, input.templatesDir);
  const province = model.owner.ns === 'province';
  const chapters: ChapterView[] = [];
  for (const c of file.chapters) {
    const sections: SectionView[] = [];
    for (const s of c.sections) if (!s.profiles || s.profiles.includes(profile.id)) sections.push(await buildSection(ctx, s));
    const title = tx(ctx, (province && c.provinceTitle) || c.title);
    const heading = L(ctx, c.annex ? 'annexHeading' : 'chapterHeading').replace('{0}', c.number).replace('{1}', title);
    chapters.push({ anchor: `${c.annex ? 'a' : 'c'}-${c.number}`, number: c.number, title, heading, requirement: requirementOf(ctx, c.required), blocks: [], sections });
  }
  const rows = chapters.map(completenessRow);
  const filled = rows.reduce((n, r) => n + r.filled, 0);
  const expected = rows.reduce((n, r) => n + r.expected, 0);
  const m = model.manifest;
  const ministryName = tx(ctx, model.owner.name);
  const arch = m.architecture;
  const date = String(arch.date);
  const abbreviations = (templateData('outline-common/abbreviations.json', input.templatesDir) as Record<Lang, [string, string][]>)[lang] ?? [];
  return {
    lang,
    outline: profile.outline,
    profile: { id: profile.id, title: tx(ctx, profile.title), instrument: profile.instrument.number },
    // A province's document is issued by its People's Committee ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG").
    ministry: {
      code: model.owner.code,
      name: ministryName,
      // Mid-sentence a province is "tỉnh Lâm Đồng", "thành phố Huế" ("Kiến trúc tỉnh Lâm Đồng"); a ministry keeps its capital ("Bộ Y tế").
      nameInSentence: province && lang === 'vi' ? ministryName.replace(/^(Tỉnh|Thành phố) /, (m) => m.toLocaleLowerCase('vi-VN')) : ministryName,
      nameUpper: (province ? L(ctx, 'doc.provinceIssuer').replace('{0}', ministryName) : ministryName).toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-GB'),
    },
    document: {
      title: L(ctx, 'doc.title').replace('{0}', tx(ctx, (province && file.provinceTitle) || file.title)).replace('{1}', lang === 'vi' ? ministryName.toLocaleUpperCase('vi-VN') : ministryName.toUpperCase()),
      subtitle: L(ctx, 'doc.subtitle').replace('{0}', arch.amends ? L(ctx, 'doc.amendedVersion').replace('{0}', arch.version) : arch.version).replace('{1}', tx(ctx, profile.title)),
      decision:
        arch.status === 'approved' && arch.decision
          ? L(ctx, 'doc.decision')
              .replace('{0}', arch.decision.number)
              .replace('{1}', formatDate(String(arch.decision.date), lang))
              .replace('{2}', arch.amends ? L(ctx, 'doc.amends').replace('{0}', arch.amends.number).replace('{1}', arch.amends.date ? L(ctx, 'doc.ofDate').replace('{0}', formatDate(String(arch.amends.date), lang)) : '') : '')
          : null,
      status: L(ctx, `enum.archStatus.${arch.status}`),
      draft: arch.status === 'draft',
      version: arch.version,
      date: formatDate(date, lang),
      // A ministry's documents are dated from Hà Nội; a province's from the province (catalogue name, e.g. "Đà Nẵng").
      place: L(ctx, 'doc.place')
        .replace('{0}', String(Number(date.slice(5, 7))))
        .replace('{3}', new Date(`${date.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }))
        .replace('{1}', date.slice(0, 4))
        .replace('{2}', province ? tx(ctx, input.catalogues.get('province', model.owner.code)?.name ?? model.owner.name) : L(ctx, 'doc.ministryPlace')),
    },
    abbreviations: abbreviations.map(([short, long]) => ({ short, long })),
    chapters,
    completeness: { rows, filled, expected, percent: expected === 0 ? 100 : Math.round((filled * 100) / expected) },
    structureSource: tx(ctx, file.source),
  };
}
