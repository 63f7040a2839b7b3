import type { Localized } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { KindElements } from './generated/elements.js';
import type { Kind } from './kinds.js';
import type { Manifest, Text } from '../schema/manifest-types.js';

export type { FrameworkId, Manifest, Status, Text, Waiver } from '../schema/manifest-types.js';

/** An element of one kind, as written in YAML after schema validation: generated from `schemas/kinds/<kind>.schema.json`. */
export type ElementOf<K extends Kind> = KindElements[K];

/** An element of any kind: a union discriminated on `kind`, so `if (e.kind === 'project')` narrows to the project's fields. */
export type Element = KindElements[Kind];

/** `e` when it is of `kind`, else undefined: narrows an element looked up by id. */
export const ofKind = <K extends Kind>(e: Element | undefined, kind: K): ElementOf<K> | undefined => (e?.kind === kind ? (e as ElementOf<K>) : undefined);

/** A field read by name (reference fields, generic tables): the one sanctioned way to read a field the kind is not known for. */
export const fieldOf = (e: Element, field: string): unknown => (e as unknown as Record<string, unknown>)[field];

// The generated kinds and `KINDS` must agree; a kind added to one and not the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<Kind, keyof KindElements> = true;
void kindsAgree;

/** Where an element was declared: its file and index in that file's `elements` list. */
export interface Origin {
  file: SourceFile;
  index: number;
}

/** One resolved reference: an edge of the graph, with the field that makes it. */
export interface Reference {
  from: string;
  /** An element id, or a catalogue ref such as `national:ndxp`. */
  to: string;
  field: string;
  relation: string;
  inverse: string;
  dependency: boolean;
  /** Index in the field's array (for locating the exact reference). */
  index?: number;
}

/** Who owns the architecture: a ministry (`ministry:BYT`) or a province (`province:da-nang`). */
export interface Owner {
  ns: 'ministry' | 'province';
  code: string;
  name: Text;
}

export interface ArchitectureModel {
  readonly stage: 'model';
  manifest: Manifest;
  owner: Owner;
  manifestFile: SourceFile;
  /** Valid elements, sorted by id. */
  elements: Element[];
  byId: Map<string, Element>;
  origin: Map<string, Origin>;
  /** Every reference that resolved, in element order then field order. */
  references: Reference[];
}

export const textOf = (t: Text | undefined, lang: keyof Localized): string => (t ? (lang === 'en' ? t.en ?? t.vi : t.vi) : '');
