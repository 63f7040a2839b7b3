import { inForce } from '../catalog/catalog.js';
import { ALL_PROFILES, createRule } from './create-rule.js';

/** C41: the ministry is one of the ministries in force on the architecture date (14 + 3 after 01/03/2025). */
export default createRule(
  {
    id: 'C41',
    slug: 'ministry-code',
    title: { vi: 'Bộ thuộc danh mục bộ, cơ quan ngang bộ có hiệu lực vào ngày kiến trúc', en: 'The ministry is in the list of ministries in force on the architecture date' },
    hint: { vi: 'Dùng mã bộ sau hợp nhất (xem `arch catalog ministry`).', en: 'Use the ministry code after the merger (see `arch catalog ministry`).' },
    messages: {
      merged: { vi: 'Bộ "{code}" đã hợp nhất vào "{successor}" từ {since}', en: 'Ministry "{code}" was merged into "{successor}" on {since}' },
      'not-yet': { vi: 'Bộ "{code}" chỉ tồn tại từ {since}, sau ngày kiến trúc', en: 'Ministry "{code}" only exists from {since}, after the architecture date' },
    },
    profiles: ALL_PROFILES,
    sources: [{ doc: 'nq-176-2025', article: 'Cơ cấu tổ chức của Chính phủ (14 bộ, 3 cơ quan ngang bộ)' }],
    confidence: 'verified',
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const code = ctx.model.manifest.ministry.code;
    const entry = ctx.catalogues.get('ministry', code);
    if (!entry || inForce(entry, ctx.date)) return;
    if (entry.validUntil && entry.validUntil <= ctx.date) ctx.report({ messageId: 'merged', data: { code, successor: String(entry.mergedInto ?? '—'), since: entry.validUntil }, manifest: ['ministry', 'code'] });
    else ctx.report({ messageId: 'not-yet', data: { code, since: entry.validFrom ?? '' }, manifest: ['ministry', 'code'] });
  },
);
