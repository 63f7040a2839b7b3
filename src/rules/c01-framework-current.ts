import { getProfile, PROFILE_IDS } from '../catalog/profiles.js';
import { ALL_PROFILES, createRule } from './create-rule.js';

/** C01: a draft architecture uses the framework in force on its date. */
export default createRule(
  {
    id: 'C01',
    slug: 'framework-current',
    title: { vi: 'Kiến trúc dự thảo áp dụng khung kiến trúc đang có hiệu lực', en: 'A draft architecture follows the framework in force on its date' },
    hint: {
      vi: 'Cập nhật `framework` trong arch.yaml lên khung hiện hành (chạy `arch check --profile <khung>` để xem các yêu cầu mới), hoặc ghi ngày kiến trúc đúng.',
      en: 'Move `framework` in arch.yaml to the current framework (run `arch check --profile <id>` to see what it adds), or fix the architecture date.',
    },
    messages: {
      outdated: {
        vi: 'Khung {framework} đã được thay thế bởi khung {current} ({instrument}) từ {since}; kiến trúc dự thảo ngày {date} nên áp dụng khung {current}',
        en: 'Framework {framework} was superseded by {current} ({instrument}) on {since}; a draft dated {date} should follow {current}',
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
    ],
    confidence: 'verified',
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const { framework, architecture } = ctx.model.manifest;
    const declared = getProfile(framework);
    if (!declared) return;
    if (declared.validFrom && ctx.date < declared.validFrom) {
      ctx.report({ messageId: 'not-yet', data: { framework, since: declared.validFrom, date: ctx.date }, manifest: ['framework'] });
      return;
    }
    if (architecture.status !== 'draft') return;
    const current = PROFILE_IDS.map((id) => getProfile(id)).filter((p) => p && (!p.validFrom || p.validFrom <= ctx.date) && (!p.validUntil || ctx.date < p.validUntil)).pop();
    if (current && current.id !== framework && declared.validUntil && declared.validUntil <= ctx.date) {
      ctx.report({
        messageId: 'outdated',
        data: { framework, current: current.id, instrument: current.instrument.number, since: current.validFrom ?? declared.validUntil, date: ctx.date },
        manifest: ['framework'],
      });
    }
  },
);
