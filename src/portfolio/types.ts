/**
 * The national roll-up (`arch portfolio`): each repository is checked on its own (its profile, its date) and
 * reduced to a digest — plain JSON, so it can come from a worker thread and be kept for comparing two runs —
 * and the digests are then read together for the findings across agencies.
 */
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import type { RuleStatus } from '../check/run-rules.js';

/** One repository to read: a folder, named as the user wrote it. */
export interface RepoSpec {
  /** Absolute folder. */
  path: string;
  /** How the portfolio names it (relative to the portfolio folder or list file). */
  label: string;
}

/** Where an element or a value sits: repository label, file, 1-based line and column. */
export interface Place {
  repo: string;
  file: string;
  line: number;
  column: number;
}

export interface ElementDigest extends Place {
  id: string;
  name: Localized;
}

export interface SystemDigest extends ElementDigest {
  status: string;
  securityLevel?: number;
  levelStatus?: string;
  approved: boolean;
}

export type AgencyNs = 'ministry' | 'province';

export interface RepoDigest {
  label: string;
  /** False when no model could be built (the repository is counted as failed). */
  ok: boolean;
  agency?: { ns: AgencyNs; code: string; name: Localized };
  framework?: string;
  date?: string;
  version?: string;
  /** Open findings (validation and conformance), waived ones apart. */
  counts: { error: number; warning: number; info: number; waived: number };
  /** The first errors, for a failed repository. */
  errors: { file?: string; line?: number; column?: number; code: string; message: Localized }[];
  elements: number;
  ids: string[];
  systems: SystemDigest[];
  databases: (ElementDigest & { dbKind?: string; mirrors?: string })[];
  /** Data entities marked as master data whose authoritative source is the agency's own database. */
  masterData: ElementDigest[];
  /** Reference-model (BRM) codes of the business functions whose services the agency's systems process. */
  functions: { code: string; name: Localized; systems: string[] }[];
  /** National platforms and databases used, with the elements that use them. */
  national: Record<string, string[]>;
  /** References to elements of other agencies (`ministry:BCA/he-thong-gplx`). */
  agencyRefs: (Place & { from: string; field: string; to: string })[];
  /** Integrations that leave the agency (to another agency or a national component). */
  integrations: (Place & { id: string; from: string; to: string; via: string[] })[];
  services: { total: number; toan_trinh: number; mot_phan: number; none: number; undeclared: number };
  rules: Record<string, RuleStatus>;
}

export interface PortfolioFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: Localized;
  /** Evidence: the places that make the finding. */
  places: Place[];
}

export interface PortfolioResult {
  repos: RepoDigest[];
  findings: PortfolioFinding[];
  /** Problems with the portfolio itself (bad list lines, unreadable paths, duplicate agencies, unresolved references). */
  diagnostics: Diagnostic[];
  /** Tracked national components, in order, with their names. */
  tracked: { id: string; name: Localized }[];
  /** Rule ids that appear in any repository, sorted. */
  rules: string[];
  /** Per agency and rule, the status change since the compared run. */
  changes?: { agency: string; rule: string; before: RuleStatus | 'absent'; after: RuleStatus | 'absent' }[];
}
