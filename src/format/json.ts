import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countBySeverity } from '../diagnostics/sort.js';
import { mapped, streamJson, streamedItems } from './json-stream.js';
import type { Formatter } from './types.js';

export function diagnosticToJson(d: Diagnostic, ctx: Parameters<Formatter>[1]) {
  const loc = d.location;
  return {
    code: d.code,
    severity: d.severity,
    message: d.message[ctx.lang],
    messages: d.message,
    ...(d.hint ? { hint: d.hint[ctx.lang] } : {}),
    ...(loc ? { file: ctx.display(loc.file) } : {}),
    ...(loc?.range ? { range: loc.range } : {}),
    ...(loc?.path ? { path: loc.path } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ file: ctx.display(r.file), range: r.range, message: r.message[ctx.lang] })) } : {}),
    ...(d.suppression ? { suppressed: d.suppression } : {}),
  };
}

/** Machine-readable result: summary counts and every diagnostic with 1-based ranges and its JSON path (streamed). */
export const json: Formatter = (diagnostics, ctx) =>
  streamJson(
    {
      tool: { name: 'arch', version: ctx.toolVersion },
      command: ctx.command,
      summary: { ...countBySeverity(diagnostics), waived: diagnostics.filter((d) => d.suppression).length },
      diagnostics: streamedItems(),
    },
    mapped(diagnostics, (d) => diagnosticToJson(d, ctx)),
  );
