import { createHash } from 'node:crypto';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { mapped, streamJson, streamedItems } from './json-stream.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function region(d: { range?: { start: { line: number; column: number }; end: { line: number; column: number } } }) {
  const r = d.range;
  if (!r) return undefined;
  return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: Math.max(r.end.column, r.end.line === r.start.line ? r.start.column : 1) };
}

/** SARIF 2.1.0 for code scanning: rule metadata with help, repository-relative URIs, suppressions for waivers (results streamed). */
export const sarif: Formatter = (diagnostics, ctx) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const info = ctx.describe(code);
    const help = info ? `${info.help[ctx.lang]}${info.source ? `\n\n${ctx.lang === 'vi' ? 'Căn cứ' : 'Source'}: ${info.source}` : ''}` : code;
    return {
      id: code,
      name: code.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: info?.title[ctx.lang] ?? code },
      fullDescription: { text: info?.title[ctx.lang] ?? code },
      help: { text: help },
      ...(info?.helpUri ? { helpUri: info.helpUri } : {}),
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'error'] },
      properties: { 'title-vi': info?.title.vi ?? code, 'title-en': info?.title.en ?? code, ...(info?.source ? { source: info.source } : {}) },
    };
  });
  const result = (d: Diagnostic) => {
    const loc = d.location;
    const reg = loc ? region(loc) : undefined;
    const fp = createHash('sha256').update([d.code, loc?.file ?? '', (loc?.path ?? []).join('/'), d.message.en].join('\u0000')).digest('hex').slice(0, 32);
    return {
      ruleId: d.code,
      ruleIndex: index.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: d.message[ctx.lang] + (d.hint ? `\n${d.hint[ctx.lang]}` : '') },
      locations: loc ? [{ physicalLocation: { artifactLocation: { uri: encodeURI(ctx.display(loc.file)), uriBaseId: '%SRCROOT%' }, ...(reg ? { region: reg } : {}) } }] : [],
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((r, i) => {
              const rr = region(r);
              return { id: i + 1, message: { text: r.message[ctx.lang] }, physicalLocation: { artifactLocation: { uri: encodeURI(ctx.display(r.file)), uriBaseId: '%SRCROOT%' }, ...(rr ? { region: rr } : {}) } };
            }),
          }
        : {}),
      partialFingerprints: { 'archFinding/v1': fp },
      ...(ctx.baselineState ? { baselineState: ctx.baselineState } : {}),
      ...(d.suppression
        ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${d.suppression.justification} (${d.suppression.approvedBy}, expires ${d.suppression.expires})` }] }
        : {}),
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'arch', version: ctx.toolVersion, informationUri: 'https://github.com/arch-vn/arch', rules } },
        automationDetails: { id: `${ctx.command}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working folder arch was run from' } } },
        columnKind: 'utf16CodeUnits',
        results: streamedItems(),
      },
    ],
  };
  return streamJson(log, mapped(diagnostics, result));
};
