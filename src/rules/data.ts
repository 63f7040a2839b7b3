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
  /** Legal deadlines the text sets (a duty to be met by a date). */
  deadlines?: { id: string; date: string; what: Localized; verified?: boolean; source?: string }[];
  verified?: boolean;
}

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
