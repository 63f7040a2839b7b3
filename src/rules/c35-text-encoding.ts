import { ALL_PROFILES, createRule } from './create-rule.js';
import { hasAny, standardIds } from './helpers.js';

const UTF8 = ['tt39-utf-8', 'tt22-utf-8'];
const TCVN6909 = ['tt22-tcvn-6909', 'tt39-tcvn-6909'];
const FORMATS = ['tt22-xml-1.0', 'tt22-xml-1.1', 'tt39-xml-1.0', 'tt39-xml-1.1', 'tt39-json', 'tt39-restful-json'];

/** C35: data exchanges declare UTF-8 and TCVN 6909:2001, and XML 1.0/1.1 or JSON as message format. */
export default createRule(
  {
    id: 'C35',
    slug: 'text-encoding',
    title: { vi: 'Trao đổi dữ liệu dùng Unicode (UTF-8, TCVN 6909:2001) và định dạng XML hoặc JSON', en: 'Data exchanges use Unicode (UTF-8, TCVN 6909:2001) and XML or JSON' },
    hint: { vi: 'Thêm `std:tt39-utf-8`, `std:tt22-tcvn-6909` và `std:tt22-xml-1.0` (hoặc `std:tt39-json`) vào `protocols`.', en: 'Add `std:tt39-utf-8`, `std:tt22-tcvn-6909` and `std:tt22-xml-1.0` (or `std:tt39-json`) to `protocols`.' },
    messages: {
      'no-utf8': { vi: 'Kết nối "{id}" không khai báo UTF-8', en: 'Integration "{id}" does not declare UTF-8' },
      'no-tcvn6909': { vi: 'Kết nối "{id}" không khai báo bộ mã TCVN 6909:2001', en: 'Integration "{id}" does not declare the TCVN 6909:2001 character set' },
      'no-format': { vi: 'Kết nối "{id}" không khai báo định dạng thông điệp XML 1.0/1.1 hoặc JSON', en: 'Integration "{id}" declares no XML 1.0/1.1 or JSON message format' },
    },
    profiles: ALL_PROFILES,
    // Unicode and XML were already required for data integration by TT 39/2017 (the second source), in force before
    // TT 22/2020 set the current message formats.
    validFrom: { effective: 'tt-39-2017' },
    sources: [
      { doc: 'tt-22-2020', article: 'Định dạng thông điệp dữ liệu (TCVN 6909:2001 bắt buộc; XML 1.0 hoặc 1.1)' },
      { doc: 'tt-39-2017', article: 'Tiêu chuẩn về tích hợp dữ liệu' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Các dòng TT 39/2017 về UTF-8, JSON chưa đối chiếu [M]; TT 22/2020 đã kiểm chứng', en: 'The TT 39/2017 rows for UTF-8 and JSON are unchecked [M]; TT 22/2020 is verified' },
    category: 'technology',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const itg of ctx.elements('integration')) {
      const protocols = itg.protocols ?? [];
      if (protocols.length === 0 || itg.method === 'manual') continue;
      const ids = standardIds(ctx.model, protocols);
      const at = { element: itg.id, field: 'protocols', data: { id: itg.id } };
      if (!hasAny(ids, UTF8)) ctx.report({ messageId: 'no-utf8', ...at });
      if (!hasAny(ids, TCVN6909)) ctx.report({ messageId: 'no-tcvn6909', ...at });
      if (!hasAny(ids, FORMATS)) ctx.report({ messageId: 'no-format', ...at });
    }
  },
);
