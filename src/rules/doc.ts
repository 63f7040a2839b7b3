/** The rule table of docs/rules.md, generated from the registry (test/rules/doc.test.ts keeps the file in sync). */
import { RULES } from './index.js';
import { sourcesText } from './legal-sources.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesTable(): string {
  const rows = RULES.map(({ meta }) => {
    const dates = meta.validFrom || meta.validUntil ? `${meta.validFrom ?? '…'} → ${meta.validUntil ?? '…'}` : '';
    return `| ${meta.id} | ${cell(meta.title.en)}<br>${cell(meta.title.vi)} | ${cell(sourcesText(meta.sources))} | ${meta.confidence} | ${meta.defaultSeverity} | ${meta.category} | ${meta.profiles.join(', ')} | ${dates} |`;
  });
  return ['| Id | Rule | Legal source | Confidence | Default severity | Category | Profiles | In force (on the assessment date) |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}
