/**
 * Between arch's diagnostics (1-based lines and columns, repository-relative files) and the Language Server
 * Protocol's (0-based, file URIs). Messages are the CLI's, in the session's language, with the CLI's hint.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, Range as LspRange } from 'vscode-languageserver/node';
import type { Diagnostic, Lang, Range } from '../diagnostics/diagnostic.js';
import { describeRule } from '../check/describe.js';

export const toLspRange = (r: Range | undefined): LspRange =>
  r ? { start: { line: r.start.line - 1, character: r.start.column - 1 }, end: { line: r.end.line - 1, character: r.end.column - 1 } } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const fileUri = (root: string, rel: string): string => pathToFileURL(path.join(root, ...rel.split('/'))).href;

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** What an LSP diagnostic carries for code actions: the did-you-mean replacement. */
export interface DiagnosticData {
  fix?: string;
}

export function toLspDiagnostic(d: Diagnostic, root: string, lang: Lang): LspDiagnostic {
  const waived = d.suppression ? (lang === 'vi' ? ` (đã miễn trừ: ${d.suppression.justification})` : ` (waived: ${d.suppression.justification})`) : '';
  const hint = d.hint ? `\n${lang === 'vi' ? 'cách sửa' : 'fix'}: ${d.hint[lang]}` : '';
  const out: LspDiagnostic = {
    range: toLspRange(d.location?.range),
    severity: d.suppression ? 4 : SEVERITY[d.severity],
    code: d.code,
    source: 'arch',
    message: `${d.message[lang]}${waived}${hint}`,
  };
  const uri = describeRule(d.code)?.helpUri;
  if (uri) out.codeDescription = { href: uri };
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri: fileUri(root, r.file), range: toLspRange(r.range) }, message: r.message[lang] }));
  if (d.fix) out.data = { fix: d.fix.replacement } satisfies DiagnosticData;
  return out;
}
