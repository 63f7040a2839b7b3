import type { Diagnostic, Lang, Localized, Severity } from '../diagnostics/diagnostic.js';

/** What a formatter may know besides the diagnostics. Formatters are pure: (diagnostics, ctx) → text, in pieces. */
export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** Path of a diagnostic's file as the user should see it (relative to the working folder, `/` separators). */
  display: (file: string) => string;
  toolVersion: string;
  /** Metadata of every code that may appear (diagnostic codes and conformance rules), for SARIF and help. */
  describe: (code: string) => CodeDescription | undefined;
  /** Name of the run, e.g. "arch validate". */
  command: string;
  /** Every finding when the list to format was shortened for display; summaries count these. */
  all?: readonly Diagnostic[];
  /** SARIF: the state of every result against a baseline (`arch diff` reports introduced findings as `new`). */
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
}

export interface CodeDescription {
  title: Localized;
  help: Localized;
  severity: Severity;
  helpUri?: string;
  /** Legal source for conformance rules. */
  source?: string;
}

/** The text in pieces, written in order: one string, or chunks of a long machine report. */
export type FormatterOutput = readonly string[] | Generator<string>;
export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => FormatterOutput;

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];
