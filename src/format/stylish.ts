import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countBySeverity } from '../diagnostics/sort.js';
import { terminalSafe } from './escape.js';
import type { Formatter } from './types.js';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };
const LABEL = { vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' }, en: { error: 'error', warning: 'warning', info: 'info' } };

/** `file:line:col  severity  message  code` per finding (clickable in editors), a hint line, then a summary. */
export const stylish: Formatter = (diagnostics, ctx) => {
  const paint = (c: keyof typeof COLORS, s: string) => (ctx.color ? `${COLORS[c]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const where = (d: Diagnostic) => {
    const loc = d.location;
    if (!loc) return 'arch';
    const r = loc.range?.start;
    return `${terminalSafe(ctx.display(loc.file))}${r ? `:${r.line}:${r.column}` : ''}`;
  };
  for (const d of diagnostics) {
    const sev = d.suppression ? (ctx.lang === 'vi' ? 'đã miễn trừ' : 'waived') : LABEL[ctx.lang][d.severity];
    lines.push(`${paint('bold', where(d))}  ${paint(d.suppression ? 'dim' : d.severity, sev)}  ${terminalSafe(d.message[ctx.lang])}  ${paint('dim', d.code)}`);
    if (d.hint) lines.push(`    ${paint('dim', (ctx.lang === 'vi' ? 'cách sửa: ' : 'fix: ') + terminalSafe(d.hint[ctx.lang]))}`);
    for (const rel of d.related ?? []) {
      const r = rel.range?.start;
      lines.push(`    ${paint('dim', `↳ ${terminalSafe(ctx.display(rel.file))}${r ? `:${r.line}:${r.column}` : ''} ${terminalSafe(rel.message[ctx.lang])}`)}`);
    }
  }
  const counted = ctx.all ?? diagnostics;
  const c = countBySeverity(counted);
  const total = c.error + c.warning + c.info;
  const waived = counted.filter((d) => d.suppression).length;
  if (total === 0 && waived === 0) lines.push(ctx.lang === 'vi' ? '✔ Không có vấn đề nào.' : '✔ No problems found.');
  else {
    const summary =
      ctx.lang === 'vi'
        ? `${total} vấn đề (${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin)${waived ? `, ${waived} đã miễn trừ` : ''}`
        : `${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info)${waived ? `, ${waived} waived` : ''}`;
    lines.push(paint(c.error ? 'error' : c.warning ? 'warning' : 'info', `✖ ${summary}`));
  }
  return [lines.join('\n') + '\n'];
};
