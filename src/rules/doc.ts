/** The rule table of docs/rules.md, generated from the registry (test/rules/doc.test.ts keeps the file in sync). */
import { RULES } from './index.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesTable(): string {
  const rows = RULES.map(({ meta }) => {
    const src = meta.sources.map((s) => (s.article ? `${s.document}, ${s.article}` : s.document)).join('; ');
    const dates = meta.validFrom || meta.validUntil ? `${meta.validFrom ?? '…'} → ${meta.validUntil ?? '…'}` : '';
    return `| ${meta.id} | ${cell(meta.title.en)}<br>${cell(meta.title.vi)} | ${cell(src)} | ${meta.confidence} | ${meta.defaultSeverity} | ${meta.category} | ${meta.profiles.join(', ')} | ${dates} |`;
  });
  return ['| Id | Rule | Legal source | Confidence | Default severity | Category | Profiles | Architecture dates |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}
