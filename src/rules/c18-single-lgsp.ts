import { ALL_PROFILES, createRule } from './create-rule.js';
import { lgspIds } from './helpers.js';

/** C18: the ministry or province has exactly one integration platform (LGSP / data connection and sharing infrastructure) of its own level. */
export default createRule(
  {
    id: 'C18',
    slug: 'single-lgsp',
    title: { vi: 'Bộ, tỉnh có đúng một nền tảng tích hợp, chia sẻ dữ liệu (LGSP)', en: 'The ministry or province has exactly one integration and data-sharing platform (LGSP)' },
    hint: {
      vi: 'Khai báo một platform `platformType: lgsp`, `level: ministry` (kiến trúc của bộ) hoặc `level: province` (kiến trúc của tỉnh); gộp các nền tảng trùng lặp.',
      en: "Declare one platform with `platformType: lgsp` and `level: ministry` (a ministry's architecture) or `level: province` (a province's); merge duplicate platforms.",
    },
    messages: {
      none: { vi: 'Kiến trúc chưa có nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP)', en: 'The architecture has no ministry or provincial integration platform (LGSP)' },
      several: { vi: 'Có {count} nền tảng LGSP ({ids}); mỗi bộ, tỉnh chỉ có một', en: 'There are {count} LGSP platforms ({ids}); a ministry or province has one' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'tt-13-2017', article: 'Điều 17' },
      { doc: 'nd-194-2025', article: 'Điều 20' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Văn bản quy định Bộ có LGSP; "đúng một" là suy luận [I]', en: 'The texts give the ministry an LGSP; "exactly one" is an inference [I]' },
    category: 'application',
    defaultSeverity: 'warning', // unverified: never an error by default
  },
  (ctx) => {
    ctx.elements('platform');
    const ids = lgspIds(ctx.model);
    if (ids.length === 0) ctx.report({ messageId: 'none', manifest: [] });
    for (const id of ids.slice(1)) ctx.report({ messageId: 'several', data: { count: ids.length, ids: ids.join(', ') }, element: id });
  },
);
