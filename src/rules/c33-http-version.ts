import { ALL_PROFILES, createRule } from './create-rule.js';
import { hasAny, standardIds } from './helpers.js';

const HTTP11 = ['tt39-1.1-http-1.1', 'tt39-1.2-http-1.1'];
const HTTP2 = ['tt39-1.1-http-2', 'tt39-1.2-http-2'];

/** C33: HTTP-based interfaces declare HTTP/1.1 (mandatory); HTTP/2 alone is only recommended. */
export default createRule(
  {
    id: 'C33',
    slug: 'http-version',
    title: { vi: 'Kết nối dựa trên HTTP khai báo HTTP v1.1 (bắt buộc)', en: 'HTTP-based integrations declare HTTP/1.1 (mandatory)' },
    hint: { vi: 'Thêm `std:tt39-1.1-http-1.1` vào `protocols`.', en: 'Add `std:tt39-1.1-http-1.1` to `protocols`.' },
    messages: {
      'http2-only': { vi: 'Kết nối "{id}" chỉ khai báo HTTP/2 (khuyến nghị); HTTP v1.1 là bắt buộc', en: 'Integration "{id}" declares only HTTP/2 (recommended); HTTP/1.1 is mandatory' },
      'no-http': { vi: 'Kết nối "{id}" ({method}) không khai báo HTTP v1.1', en: 'Integration "{id}" ({method}) does not declare HTTP/1.1' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Phụ lục, mục 1.1 (HTTP v1.1 bắt buộc, HTTP v2.0 khuyến nghị)' }],
    confidence: 'verified',
    category: 'technology',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const itg of ctx.elements('integration')) {
      if (itg.method !== 'api_rest' && itg.method !== 'api_soap') continue;
      const protocols = itg.protocols ?? [];
      if (protocols.length === 0) continue; // C32 reports the missing protocols
      const ids = standardIds(ctx.model, protocols);
      if (hasAny(ids, HTTP11)) continue;
      const at = { data: { id: itg.id, method: itg.method }, element: itg.id, field: 'protocols' };
      if (hasAny(ids, HTTP2)) ctx.report({ messageId: 'http2-only', ...at });
      else ctx.report({ messageId: 'no-http', ...at });
    }
  },
);
