/**
 * Conformance rules (DOMAIN.md §11): each rule is a module with metadata (bilingual title and messages,
 * the framework profiles and architecture dates it applies to, its legal source and confidence) and a
 * check over the model that reports findings by message id and element. Rules never compute positions
 * or severities: `src/check/run-rules.ts` locates findings and applies the manifest's configuration.
 */
import type { JsonPath, Localized, Severity } from '../diagnostics/diagnostic.js';
import type { Catalogues } from '../catalog/catalog.js';
import type { Profile } from '../catalog/profiles.js';
import type { ArchitectureGraph } from '../graph/index.js';
import type { Kind, Layer } from '../model/kinds.js';
import type { ArchitectureModel, ElementOf } from '../model/types.js';
import type { RuleData } from './data.js';

export type Confidence = 'verified' | 'unverified';
export type Category = Layer;
export type ConfiguredSeverity = Severity | 'off';

/**
 * A rule module's citation of a legal text: the document's id in data/catalogues/legal-documents.json, the
 * article or section, and a URL of the citation's own where it points at a page about that article.
 */
export interface Citation {
  doc: string;
  article?: string;
  url?: string;
}

/** A citation resolved through legal-documents.json (src/rules/legal-sources.ts). */
export interface LegalSource {
  /** How the document is cited: `NĐ 85/2016/NĐ-CP`, `QĐ 2323/QĐ-BTTTT (31/12/2019)`. */
  document: string;
  article?: string;
  /** The citation's own URL, else the document's. */
  url?: string;
  /** The document's id in legal-documents.json. */
  doc: string;
  title?: Localized;
  effective?: string;
  /** Whether the document's entry was checked against its source. */
  verified: boolean;
}

/**
 * When a rule starts to apply, as its module declares it: `'source'` is the effective date of its main source;
 * `{ effective }` or `{ issued }` take that date of another (or the same) document of legal-documents.json,
 * where the rule's start genuinely differs. The module says why in a comment.
 */
export type RuleStart = 'source' | { effective: string } | { issued: string };

export interface RuleOption {
  description: Localized;
  default: string | number | boolean | string[];
  /** The JSON Schema a value must meet; a value that does not is a diagnostic at its line in arch.yaml. */
  schema: { type: 'integer' | 'number' | 'boolean' | 'string' | 'array'; minimum?: number; maximum?: number; items?: { type: 'string' } };
}

export interface RuleMeta {
  /** `C01` … `C45` (DOMAIN.md §11). */
  id: string;
  /** kebab-case slug; the module file is `<id lowercase>-<slug>.ts`. */
  slug: string;
  title: Localized;
  /** How to fix a finding of this rule. */
  hint: Localized;
  /** Finding messages by id, with `{placeholder}`s filled from the finding's data. */
  messages: Record<string, Localized>;
  /** Framework profiles the rule applies to. */
  profiles: readonly string[];
  /** Assessment dates on which the rule's duty is in force (`validFrom <= asOf < validUntil`). */
  validFrom?: string;
  validUntil?: string;
  /** Legal sources, the main one first. */
  sources: readonly LegalSource[];
  /** `verified` when DOMAIN.md marks the rule's source [S]; [M] and [I] facts make it `unverified`. */
  confidence: Confidence;
  /** What is not verified, for unverified rules. */
  confidenceNote?: Localized;
  category: Category;
  defaultSeverity: Severity;
  options?: Record<string, RuleOption>;
}

/** A finding: a message id, its data, and the element (or manifest path) it is about. */
export interface Finding {
  messageId: string;
  data?: Record<string, string | number>;
  /** Element id; the finding is located at `field`/`index` of that element (or at the element). */
  element?: string;
  field?: string;
  index?: number;
  /** A path in arch.yaml, for findings about the manifest (contents, ministry, legal bases). */
  manifest?: JsonPath;
  /** Point at the key rather than the value (manifest findings about a missing child). */
  atKey?: boolean;
  /**
   * The legal sources of this finding, when narrower than the rule's (C44 cites the text that repealed the one
   * the architecture cites); the hint's "Source:" names them instead of the rule's.
   */
  sources?: readonly Citation[];
}

export interface RuleContext {
  readonly model: ArchitectureModel;
  /** The dependency graph (src/graph), built on first use. */
  readonly graph: ArchitectureGraph;
  readonly catalogues: Catalogues;
  readonly data: RuleData;
  /** The profile the model is checked against (the manifest's framework unless `--profile` says otherwise). */
  readonly profile: Profile;
  /** The architecture date (manifest `architecture.date`). */
  readonly date: string;
  /** The assessment date: the law in force on it is what a rule judges (`--as-of`, the manifest, or today). */
  readonly asOf: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Elements of some kinds, sorted by id; recorded as the rule's evidence when it passes. */
  elements<K extends Kind>(...kinds: K[]): readonly ElementOf<K>[];
  report(finding: Finding): void;
}

/** A rule's metadata as its module writes it: citations by document id, and its start date by reference. */
export interface RuleDefinition extends Omit<RuleMeta, 'sources' | 'validFrom'> {
  sources: readonly Citation[];
  validFrom?: RuleStart;
}

export interface Rule {
  /** The metadata with its legal sources resolved through legal-documents.json. */
  readonly meta: RuleMeta;
  /** The metadata as the module declares it. */
  readonly declared: RuleDefinition;
  check(ctx: RuleContext): void;
}
