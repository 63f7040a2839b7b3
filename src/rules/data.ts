/**
 * The data files rules read besides the namespaced catalogues: security-level criteria and authorities
 * (NĐ 85/2016), online service levels (NĐ 42/2022) and legal documents with their dates, repeal dates and URLs.
 * Loaded once, lazily; facts stay in data/, rules only read them.
 */
import { readDataFile } from '../catalog/catalog.js';
import type { Localized } from '../diagnostics/diagnostic.js';

export interface LegalDocument {
  /** Its prefix is the kind of instrument: `nd-`, `qd-`, `tt-`, `nq-`, `cv-`, `luat-` … */
  id: string;
  /** The official number; for an unnumbered text, the name it is cited by. */
  number: string;
  title?: Localized;
  /** ISO date, or the year alone where only the year is known. */
  issued?: string;
  effective?: string;
  repealedBy?: string;
  repealedOn?: string;
  source?: string;
  /** Where to read the document (a page about the whole text; rules cite article-level pages themselves). */
  url?: string;
  /** What the text is about, for questions asked of several texts at once (`cybersecurity`: the security laws). */
  topics?: string[];
  /** Legal deadlines the text sets (a duty to be met by a date). */
  deadlines?: { id: string; date: string; what: Localized; verified?: boolean; source?: string }[];
  verified?: boolean;
  /** `false` when the repeal (`repealedBy`, `repealedOn`) is not verified though the rest of the entry is. */
  repealVerified?: boolean;
}

/** Whether a document's repeal is verified: the entry is, and its repeal is not marked otherwise. */
export const repealVerified = (d: LegalDocument): boolean => d.verified === true && d.repealVerified !== false;

export interface ApprovalRule {
  levels: number[];
  approvers: string[];
  text: Localized;
  verified?: boolean;
}

export interface NationalAuthority {
  id: string;
  name: Localized;
  ministry: string;
  validFrom?: string;
  validUntil?: string;
}

export interface SecurityLevels {
  thresholds: { personalDataSubjects: number };
  approval: ApprovalRule[];
  nationalAuthority: NationalAuthority[];
  tcvn11930Groups: { id: string; category: 'management' | 'technical'; name: Localized }[];
  assessmentIntervals: { level: number; years: number | null }[];
}

export interface RuleData {
  securityLevels(): SecurityLevels;
  legalDocuments(): LegalDocument[];
}

let securityLevels: SecurityLevels | undefined;
let legalDocuments: LegalDocument[] | undefined;

export const RULE_DATA: RuleData = {
  securityLevels: () => (securityLevels ??= readDataFile('catalogues/security-levels.json') as SecurityLevels),
  legalDocuments: () => (legalDocuments ??= ((readDataFile('catalogues/legal-documents.json') as { entries: LegalDocument[] }).entries ?? []).slice()),
};

/**
 * A document in force on a date: effective by then (issued by then when no effective date is recorded; a text
 * is never in force before it exists) and not yet repealed.
 */
export const inForceOn = (d: LegalDocument, date: string): boolean => {
  const from = d.effective ?? d.issued;
  return (!from || from <= date) && (!d.repealedOn || date < d.repealedOn);
};

/**
 * The laws on a topic in force on a date, in legal-documents.json order (`cybersecurity` on 2026-01-01: Luật
 * 86/2015 and Luật 24/2018; from 2026-07-01: Luật 116/2025, which replaces both). The starter cites them, C04
 * asks for them.
 */
export const topicLawsInForce = (docs: readonly LegalDocument[], topic: string, date: string): LegalDocument[] => docs.filter((d) => d.topics?.includes(topic) && inForceOn(d, date));

/** The entry of the instrument that issued a framework profile (matched by its number), if legal-documents.json holds it. */
export const instrumentDocument = (docs: readonly LegalDocument[], profile: { instrument: { number: string } }): LegalDocument | undefined =>
  docs.find((d) => d.number === profile.instrument.number);

/** The date of deadline `id` of document `doc` (legal-documents.json `deadlines`); throws, naming the rule, when it is not recorded. */
export function deadlineDate(docs: readonly LegalDocument[], ref: { doc: string; id: string }, rule: string): string {
  const date = docs.find((d) => d.id === ref.doc)?.deadlines?.find((d) => d.id === ref.id)?.date;
  if (!date) throw new Error(`${rule}: legal-documents.json records no deadline '${ref.id}' of ${ref.doc}`);
  return date;
}
