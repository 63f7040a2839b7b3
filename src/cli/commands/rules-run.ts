import { RULES } from '../../rules/index.js';
import { terminalSafe } from '../../format/escape.js';
import type { CliIO } from '../io.js';
import type { Lang } from '../io.js';

export interface RulesCliOptions {
  format: 'text' | 'json';
  lang: Lang;
}

/** `arch rules`: every rule with its metadata, as an aligned text table or JSON. */
export function runRules(io: CliIO, opts: RulesCliOptions): number {
  const lang = opts.lang;
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ rules: RULES.map((r) => r.meta) }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const { meta } of RULES) {
    const dates = meta.validFrom || meta.validUntil ? ` [${meta.validFrom ?? '…'} → ${meta.validUntil ?? '…'})` : '';
    lines.push(`${meta.id}  ${meta.defaultSeverity.padEnd(7)}  ${meta.confidence.padEnd(10)}  ${meta.category.padEnd(11)}  ${meta.title[lang]}`);
    lines.push(`     ${lang === 'vi' ? 'khung' : 'profiles'}: ${meta.profiles.join(', ')}${dates}`);
    for (const s of meta.sources) lines.push(`     ${lang === 'vi' ? 'căn cứ' : 'source'}: ${s.document}${s.article ? `, ${s.article}` : ''}`);
  }
  io.stdout(`${terminalSafe(lines.join('\n'))}\n`);
  return 0;
}
