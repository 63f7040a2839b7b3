import { ALL_PROFILES, createRule } from './create-rule.js';

/** An assessment interval: whole years, 1 to 10. */
const YEARS = { type: 'integer', minimum: 1, maximum: 10 } as const;
import { addYears, notYetBuilt } from './helpers.js';
import { securityLevelOf } from '../model/queries.js';

/** C16 [M]: level ≥ 3 systems were assessed within the interval for their level (configurable). */
export default createRule(
  {
    id: 'C16',
    slug: 'security-assessment',
    title: { vi: 'Hệ thống từ cấp 3 được kiểm tra, đánh giá ATTT định kỳ', en: 'Systems of level 3 or higher are assessed periodically' },
    hint: {
      vi: 'Ghi `lastSecurityAssessment` (ngày kiểm tra, đánh giá gần nhất); chu kỳ cấu hình qua tùy chọn level3Years, level4Years, level5Years.',
      en: 'Record `lastSecurityAssessment`; intervals are set with the options level3Years, level4Years, level5Years.',
    },
    messages: {
      'never-assessed': { vi: 'Hệ thống "{id}" cấp {level} chưa ghi ngày kiểm tra, đánh giá ATTT', en: 'System "{id}" at level {level} records no security assessment' },
      overdue: { vi: 'Hệ thống "{id}" cấp {level} đánh giá lần cuối {last}, quá chu kỳ {years} năm (hạn {due})', en: 'System "{id}" at level {level} was last assessed on {last}, beyond the {years}-year interval (due {due})' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-12-2022', article: 'Kiểm tra, đánh giá định kỳ' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Chu kỳ 2 năm (cấp 3), 1 năm (cấp 4–5) chưa đối chiếu [M]', en: 'Intervals of 2 years (level 3) and 1 year (levels 4–5) are unchecked [M]' },
    category: 'security',
    defaultSeverity: 'info',
    options: {
      level3Years: { description: { vi: 'Chu kỳ (năm) cho cấp 3', en: 'Interval in years for level 3' }, default: 2, schema: YEARS },
      level4Years: { description: { vi: 'Chu kỳ (năm) cho cấp 4', en: 'Interval in years for level 4' }, default: 1, schema: YEARS },
      level5Years: { description: { vi: 'Chu kỳ (năm) cho cấp 5', en: 'Interval in years for level 5' }, default: 1, schema: YEARS },
    },
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const level = securityLevelOf(sys);
      // Periodic assessment is of systems in operation: one not built yet is assessed when it is (TT 12/2022).
      if (level === undefined || level < 3 || notYetBuilt(sys)) continue;
      const years = Number(ctx.options[`level${level}Years`]);
      const last = sys.lastSecurityAssessment;
      if (!last) {
        ctx.report({ messageId: 'never-assessed', data: { id: sys.id, level }, element: sys.id });
        continue;
      }
      const due = addYears(last, years);
      if (Number.isFinite(years) && due < ctx.asOf) ctx.report({ messageId: 'overdue', data: { id: sys.id, level, last, years, due }, element: sys.id, field: 'lastSecurityAssessment' });
    }
  },
);
