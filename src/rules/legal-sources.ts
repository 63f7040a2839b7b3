/**
 * Rule metadata resolved through data/catalogues/legal-documents.json: a rule module cites a document by id
 * and article, and its start date by reference; the document's number, date, title, URL, effective date and
 * verified flag come from the data file, so no legal fact is written twice.
 */
import { inForceOn, RULE_DATA, type LegalDocument } from './data.js';
import type { Citation, LegalSource, RuleDefinition, RuleMeta, RuleStart } from './types.js';

/** How each kind of instrument is cited, by the prefix of its id; laws are cited by title, others by number alone. */
const KIND: Record<string, string> = { nd: 'NĐ', qd: 'QĐ', tt: 'TT', nq: 'NQ', cv: 'CV' };

/** `2019-12-31` → `31/12/2019`; a year alone stays as it is. */
export const dayMonthYear = (iso: string): string => iso.split('-').reverse().join('/');

/**
 * How a document is cited: its number with its kind (`NĐ 85/2016/NĐ-CP`; laws by title and number), and,
 * where the number carries no year, its date (`QĐ 2323/QĐ-BTTTT (31/12/2019)`), which identifies it.
 */
export function citationOf(d: LegalDocument): string {
  const kind = d.id.slice(0, d.id.indexOf('-'));
  const name = kind === 'luat' && d.title ? `${d.title.vi} ${d.number}` : KIND[kind] ? `${KIND[kind]} ${d.number}` : d.number;
  if (/\b(19|20)\d\d\b/.test(d.number) || !d.issued) return name;
  const effective = d.effective && d.effective !== d.issued ? `, hiệu lực ${dayMonthYear(d.effective)}` : '';
  return `${name} (${dayMonthYear(d.issued)}${effective})`;
}

/** `document, article` or `document`: how a source reads in one line. */
export const sourceText = (s: Pick<LegalSource, 'document' | 'article'>): string => (s.article ? `${s.document}, ${s.article}` : s.document);

/** A rule's sources in one line, the main one first. */
export const sourcesText = (sources: readonly LegalSource[]): string => sources.map(sourceText).join('; ');

let byId: ReadonlyMap<string, LegalDocument> | undefined;

/** The legal document with this id; throws for an id legal-documents.json does not hold. */
export function legalDocument(id: string, rule: string): LegalDocument {
  const d = (byId ??= new Map(RULE_DATA.legalDocuments().map((x) => [x.id, x]))).get(id);
  if (!d) throw new Error(`rule ${rule} cites '${id}', which data/catalogues/legal-documents.json does not hold`);
  return d;
}

/**
 * The sources of a rule that are law on `date`: a text not yet in effect or already repealed is left out (C43 cites
 * NĐ 13/2023 until 31/12/2025 and NĐ 356/2025 from 01/01/2026; a report of 2026 names the second only). All of
 * them when none is, so that a finding never cites nothing.
 */
export function sourcesInForce(sources: readonly LegalSource[], date: string, rule: string): readonly LegalSource[] {
  const kept = sources.filter((s) => inForceOn(legalDocument(s.doc, rule), date));
  return kept.length === sources.length ? sources : kept.length ? kept : sources;
}

/** The date a document takes effect, for rules whose check changes on that day; throws when it is not recorded. */
export function effectiveDate(id: string, rule: string): string {
  const d = legalDocument(id, rule);
  if (!d.effective) throw new Error(`rule ${rule} needs the effective date of '${id}', which data/catalogues/legal-documents.json does not record`);
  return d.effective;
}

/** A citation resolved through legal-documents.json (throws for a document it does not hold). */
export function resolveCitation(c: Citation, rule: string): LegalSource {
  const d = legalDocument(c.doc, rule);
  const url = c.url ?? d.url;
  return {
    document: citationOf(d),
    ...(c.article ? { article: c.article } : {}),
    ...(url ? { url } : {}),
    doc: d.id,
    ...(d.title ? { title: d.title } : {}),
    ...(d.effective ? { effective: d.effective } : {}),
    verified: d.verified === true,
  };
}

/** The date a declared start stands for; throws when the document does not record it. */
export function startDate(start: RuleStart, def: Pick<RuleDefinition, 'id' | 'sources'>): string {
  const [id, field] = start === 'source' ? [def.sources[0]!.doc, 'effective' as const] : 'effective' in start ? [start.effective, 'effective' as const] : [start.issued, 'issued' as const];
  const date = legalDocument(id, def.id)[field];
  if (!date) throw new Error(`rule ${def.id} starts on the ${field} date of '${id}', which data/catalogues/legal-documents.json does not record`);
  return date;
}

/** The rule's metadata with its sources and start date resolved, its keys in the order the module writes them. */
export function resolveMeta(def: RuleDefinition): RuleMeta {
  const entries = Object.entries(def).map(([key, value]) => {
    if (key === 'sources') return [key, def.sources.map((c) => resolveCitation(c, def.id))];
    if (key === 'validFrom') return [key, startDate(def.validFrom!, def)];
    return [key, value];
  });
  return Object.fromEntries(entries) as RuleMeta;
}
