import { ALL_PROFILES, createRule } from './create-rule.js';
import { lgspIds, linkedTo } from './helpers.js';

/** C19: the LGSP connects to the national integration platform NDXP. */
export default createRule(
  {
    id: 'C19',
    slug: 'lgsp-connected',
    title: { vi: 'LGSP kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)', en: 'The LGSP connects to the national integration platform (NDXP)' },
    hint: { vi: 'Thêm `national:ndxp` vào `connectsTo` của LGSP, hoặc khai báo integration giữa LGSP và national:ndxp.', en: 'Add `national:ndxp` to the LGSP `connectsTo`, or declare an integration between the LGSP and national:ndxp.' },
    messages: {
      'not-connected': { vi: 'Nền tảng "{id}" chưa kết nối NDXP', en: 'Platform "{id}" is not connected to NDXP' },
    },
    profiles: ALL_PROFILES,
    // The LGSP ↔ NGSP/NDXP connection is TT 13/2017's (NĐ 194/2025 states it today).
    validFrom: { effective: 'tt-13-2017' },
    sources: [
      { doc: 'nd-194-2025', article: 'Điều 20' },
      { doc: 'tt-13-2017', article: 'Điều 17 (NGSP/LGSP)' },
    ],
    confidence: 'verified',
    category: 'application',
    defaultSeverity: 'error',
  },
  (ctx) => {
    ctx.elements('platform');
    for (const id of lgspIds(ctx.model)) if (!linkedTo(ctx.model, id, ['national:ndxp', 'national:ngsp'])) ctx.report({ messageId: 'not-connected', data: { id }, element: id });
  },
);
