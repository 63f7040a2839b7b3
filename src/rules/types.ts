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
import type { ArchitectureModel, Element } from '../model/types.js';
import type { RuleData } from './data.js';

export type Confidence = 'verified' | 'unverified';
export type Category = Layer;
export type ConfiguredSeverity = Severity | 'off';

/** A legal text a rule derives from: document number, article or section, and where to read it. */
export interface LegalSource {
  document: string;
  article?: string;
  url?: string;
}

export interface RuleOption {
  description: Localized;
  default: string | number | boolean | string[];
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
  /** Architecture dates the rule applies to (`validFrom <= date < validUntil`). */
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
  /** The run date (`--today`, defaults to the architecture date, so runs are reproducible). */
  readonly today: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Elements of some kinds, sorted by id; recorded as the rule's evidence when it passes. */
  elements(...kinds: Kind[]): Element[];
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
