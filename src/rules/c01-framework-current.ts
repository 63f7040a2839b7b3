import { getProfile, PROFILE_IDS, type Profile } from '../catalog/profiles.js';
import { ALL_PROFILES, createRule } from './create-rule.js';
import type { Citation } from './types.js';
import { instrumentDocument } from './data.js';

/**
 * C01: an architecture follows the framework in force. A draft is judged on the assessment date; an approved
 * architecture whose framework has since been replaced is told so on the assessment date (the owner amends it,
 * as ministries did to conform with framework 3.0). A framework that took effect after the architecture's own
 * date cannot be the one it was written for.
 */
export default createRule(
  {
    id: 'C01',
    slug: 'framework-current',
    title: { vi: 'Kiến trúc áp dụng khung kiến trúc đang có hiệu lực', en: 'The architecture follows the framework in force' },
    hint: {
      vi: 'Cập nhật `framework` trong arch.yaml lên khung hiện hành (chạy `arch check --profile <khung>` để xem các yêu cầu mới), hoặc ghi ngày kiến trúc đúng.',
      en: 'Move `framework` in arch.yaml to the current framework (run `arch check --profile <id>` to see what it adds), or fix the architecture date.',
    },
    messages: {
      outdated: {
        vi: 'Khung {framework} đã được thay thế bởi khung {current} ({instrument}) từ {since}; kiến trúc dự thảo, đánh giá ngày {asOf}, nên áp dụng khung {current}',
        en: 'Framework {framework} was superseded by {current} ({instrument}) on {since}; a draft assessed on {asOf} should follow {current}',
      },
      amend: {
        vi: 'Kiến trúc đã ban hành theo khung {framework}; từ {since} khung có hiệu lực là {current} ({instrument}), nên cần rà soát, cập nhật kiến trúc (ngày đánh giá {asOf})',
        en: 'The architecture was issued under framework {framework}; since {since} the framework in force is {current} ({instrument}), so it is due for review and amendment (assessed on {asOf})',
      },
      'not-yet': {
        vi: 'Khung {framework} chỉ có hiệu lực từ {since}, sau ngày kiến trúc {date}',
        en: 'Framework {framework} only took effect on {since}, after the architecture date {date}',
      },
    },
    profiles: ALL_PROFILES,
    sources: [
      { doc: 'qd-3090-2025' },
      { doc: 'qd-292-2025' },
      { doc: 'qd-2568-2023' },
      { doc: 'qd-2323-2019' },
      { doc: 'cv-1178-2015' },
    ],
    confidence: 'verified',
    confidenceNote: {
      vi: 'Khung 4.0 thay khung 3.0 và khung tổng thể quốc gia số ra đời sau đó đã kiểm chứng; khung 2.0 thay 1.0 và khung 3.0 thay 2.0 suy từ thứ tự các khung, chưa đối chiếu điều khoản thay thế [M]',
      en: 'That 4.0 replaced 3.0, and the national framework that came after, are verified; that 2.0 replaced 1.0 and 3.0 replaced 2.0 is inferred from the succession of frameworks, the replacing clauses are not checked [M]',
    },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const { framework, architecture } = ctx.model.manifest;
    const declared = getProfile(framework);
    if (!declared) return;
    // A finding cites the instruments it is about (the declared framework's, and the one in force), not every framework.
    const cite = (...profiles: Profile[]): Citation[] =>
      profiles.flatMap((p) => {
        const doc = instrumentDocument(ctx.data.legalDocuments(), p);
        return doc ? [{ doc: doc.id }] : [];
      });
    if (declared.validFrom && ctx.date < declared.validFrom) {
      ctx.report({ messageId: 'not-yet', data: { framework, since: declared.validFrom, date: ctx.date }, manifest: ['framework'], sources: cite(declared) });
      return;
    }
    if (architecture.status === 'superseded') return;
    if (!declared.validUntil || ctx.asOf < declared.validUntil) return;
    // The framework that replaced the declared one: the first in force on the assessment date that took effect when
    // (or after) the declared one ended. Another framework in force beside it (ndaf-2025 beside 4.0, which QĐ 3090
    // does not repeal) is not what replaced it.
    const end = declared.validUntil;
    const current = PROFILE_IDS.map((id) => getProfile(id))
      .filter((p): p is NonNullable<typeof p> => !!p && p.id !== framework && (p.validFrom ?? '') >= end && (!p.validFrom || p.validFrom <= ctx.asOf) && (!p.validUntil || ctx.asOf < p.validUntil))
      .sort((a, b) => ((a.validFrom ?? '') < (b.validFrom ?? '') ? -1 : 1))[0];
    if (current) {
      ctx.report({
        messageId: architecture.status === 'draft' ? ('outdated' as const) : ('amend' as const),
        data: { framework, current: current.id, instrument: current.instrument.number, since: current.validFrom ?? end, asOf: ctx.asOf },
        manifest: ['framework'],
        sources: cite(current, declared),
      });
    }
  },
);
