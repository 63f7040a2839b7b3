import type { Formatter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;
/** GitHub shows at most 50 annotations per job (actions/toolkit#734); the rest are summarised in one notice. */
export const GITHUB_ANNOTATION_LIMIT = 50;

/** GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), with data and properties escaped. */
export const github: Formatter = (diagnostics, ctx) => {
  const shown = diagnostics.filter((d) => !d.suppression);
  const lines = shown.slice(0, GITHUB_ANNOTATION_LIMIT).map((d) => {
    const loc = d.location;
    const r = loc?.range;
    const props = [
      ...(loc ? [`file=${escapeProperty(ctx.display(loc.file))}`] : []),
      ...(r ? [`line=${r.start.line}`, `col=${r.start.column}`, `endLine=${r.end.line}`, `endColumn=${r.end.column}`] : []),
      `title=${escapeProperty(d.code)}`,
    ];
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message[ctx.lang] + (d.hint ? `\n${d.hint[ctx.lang]}` : ''))}`;
  });
  if (shown.length > GITHUB_ANNOTATION_LIMIT) {
    const more = shown.length - GITHUB_ANNOTATION_LIMIT;
    lines.push(`::notice title=arch::${escapeData(ctx.lang === 'vi' ? `Còn ${more} phát hiện khác; xem báo cáo SARIF hoặc JSON.` : `${more} more findings; see the SARIF or JSON report.`)}`);
  }
  return [lines.length ? lines.join('\n') + '\n' : ''];
};
