/**
 * The one diagnostic type shared by every stage (load, schema, model, graph, rules).
 * Stages report a JSON path into a file's data; `locate` turns it into a range later,
 * so checks never compute line numbers themselves.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type Lang = 'vi' | 'en';
export interface Localized {
  vi: string;
  en: string;
}

/** 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export type JsonPath = (string | number)[];

/** Where a finding sits: a file, optionally a path in its data and/or an exact range. */
export interface Location {
  file: string;
  path?: JsonPath;
  /** Point at the key of the last path segment instead of its value (unknown properties). */
  atKey?: boolean;
  range?: Range;
}

export interface RelatedLocation extends Location {
  message: Localized;
}

export interface Suppression {
  justification: string;
  approvedBy: string;
  expires: string;
}

export interface Diagnostic {
  /** Stable code, `<stage>/<name>` (e.g. `yaml/duplicate-key`, `schema/required`, `rule/C07`). */
  code: string;
  severity: Severity;
  message: Localized;
  hint?: Localized;
  location?: Location;
  related?: RelatedLocation[];
  /** Set when a waiver in the manifest covers the finding. */
  suppression?: Suppression;
  /** A did-you-mean correction: the text that should replace the text at the location's range. */
  fix?: { replacement: string };
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
