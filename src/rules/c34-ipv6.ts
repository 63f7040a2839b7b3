import { ALL_PROFILES, createRule } from './create-rule.js';
import { standardIds } from './helpers.js';

/** C34: Internet-facing technology components support IPv6. */
export default createRule(
  {
    id: 'C34',
    slug: 'ipv6',
    title: { vi: 'Thiết bị kết nối Internet hỗ trợ IPv6', en: 'Internet-facing technology components support IPv6' },
    hint: { vi: 'Đặt `ipv6: true` (hoặc thêm `std:tt39-1.11-ipv6` vào `standards`) sau khi bảo đảm hỗ trợ IPv6.', en: 'Set `ipv6: true` (or add `std:tt39-1.11-ipv6` to `standards`) once IPv6 is supported.' },
    messages: {
      'no-ipv6': { vi: 'Thành phần "{id}" kết nối Internet nhưng chưa hỗ trợ IPv6', en: 'Component "{id}" faces the Internet but does not support IPv6' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Phụ lục, mục 1.11 (IPv6 bắt buộc với thiết bị kết nối Internet)' }],
    confidence: 'verified',
    category: 'technology',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const tc of ctx.elements('technology-component')) {
      if (tc.internetFacing !== true || tc.ipv6 === true || standardIds(ctx.model, tc.standards ?? []).has('tt39-1.11-ipv6')) continue;
      ctx.report({ messageId: 'no-ipv6', data: { id: tc.id }, element: tc.id, ...(tc.ipv6 === false ? { field: 'ipv6' } : {}) });
    }
  },
);
