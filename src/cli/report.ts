import * as path from 'node:path';
import { atLeast, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { CODES, diag } from '../diagnostics/messages.js';
import { capPerFile } from '../diagnostics/sort.js';
import { FORMATTERS, type CodeDescription, type FormatName } from '../format/index.js';
import { writeFileAtomic } from '../util/safe-write.js';
import { useColor, type CliIO, type Lang } from './io.js';
import { VERSION } from './version.js';

/** Human and annotation formats show at most this many findings per file; json, sarif and junit show all. */
export const MAX_SHOWN_PER_FILE = 200;

export interface ReportOptions {
  format: FormatName;
  output?: string;
  lang: Lang;
  quiet?: boolean;
  failOn: Severity;
  force?: boolean;
}

export function describeCode(code: string, extra?: (code: string) => CodeDescription | undefined): CodeDescription | undefined {
  const info = (CODES as Record<string, (typeof CODES)[keyof typeof CODES]>)[code];
  if (info) return { title: info.message, help: info.hint, severity: info.severity };
  return extra?.(code);
}

/** Path of a repository file as seen from the working folder, with `/` separators. */
export function displayPath(io: CliIO, root: string) {
  return (file: string) => path.relative(io.cwd, path.join(root, file)).split(path.sep).join('/') || file;
}

/**
 * Prints diagnostics in the chosen format (human format on stderr, machine formats on stdout or --output)
 * and returns the exit code: 1 when an unwaived finding reaches --fail-on, else 0.
 */
export function reportDiagnostics(io: CliIO, all: readonly Diagnostic[], opts: ReportOptions, command: string, root: string, extra?: (code: string) => CodeDescription | undefined): number {
  const human = opts.format === 'stylish';
  const kept = opts.quiet ? all.filter((d) => d.severity === 'error') : all;
  const diagnostics = human || opts.format === 'github' ? capPerFile(kept, MAX_SHOWN_PER_FILE, (file, count) => diag('output/truncated', { count }, { file })) : kept;
  const pieces = FORMATTERS[opts.format](diagnostics, {
    lang: opts.lang,
    color: human && !opts.output && useColor(io, io.stderrIsTTY),
    display: displayPath(io, root),
    toolVersion: VERSION,
    describe: (code) => describeCode(code, extra),
    command,
    all: kept,
  });
  if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), pieces, opts.force);
  else for (const piece of pieces) (human ? io.stderr : io.stdout)(piece);
  return all.some((d) => !d.suppression && atLeast(d.severity, opts.failOn)) ? 1 : 0;
}
