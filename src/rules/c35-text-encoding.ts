import { ALL_PROFILES, createRule } from './create-rule.js';
import { hasAny, standardIds } from './helpers.js';

// The rows of TT 39/2017's data-integration group. TT 22/2020/TT-BTTTT is not cited: it sets requirements
// for digital-signature software (its message formats apply there, standards.json `usedBy`), not for every
// data exchange; a TT 22/2020 row that a repository cites still counts as declaring the format.
const UTF8 = ['tt39-utf-8', 'tt22-utf-8'];
const FORMATS = ['tt39-xml-1.0', 'tt39-xml-1.1', 'tt39-json', 'tt39-restful-json', 'tt22-xml-1.0', 'tt22-xml-1.1'];

/** C35: data exchanges declare UTF-8, and XML 1.0/1.1 or JSON as message format (TT 39/2017, data integration). */
export default createRule(
  {
    id: 'C35',
    slug: 'text-encoding',
    title: { vi: 'Trao đổi dữ liệu dùng bộ ký tự UTF-8 và định dạng XML hoặc JSON', en: 'Data exchanges use UTF-8 and XML or JSON' },
    hint: { vi: 'Thêm `std:tt39-utf-8` và `std:tt39-xml-1.0` (hoặc `std:tt39-json`) vào `protocols`.', en: 'Add `std:tt39-utf-8` and `std:tt39-xml-1.0` (or `std:tt39-json`) to `protocols`.' },
    messages: {
      'no-utf8': { vi: 'Kết nối "{id}" không khai báo UTF-8', en: 'Integration "{id}" does not declare UTF-8' },
      'no-format': { vi: 'Kết nối "{id}" không khai báo định dạng thông điệp XML 1.0/1.1 hoặc JSON', en: 'Integration "{id}" declares no XML 1.0/1.1 or JSON message format' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Tiêu chuẩn về tích hợp dữ liệu (bộ ký tự; định dạng trao đổi dữ liệu)' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Các dòng TT 39/2017 về UTF-8, XML, JSON chưa đối chiếu [M]', en: 'The TT 39/2017 rows for UTF-8, XML and JSON are unchecked [M]' },
    category: 'technology',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const itg of ctx.elements('integration')) {
      const protocols = itg.protocols ?? [];
      if (protocols.length === 0 || itg.method === 'manual') continue; // C32 reports protocols not stated
      const ids = standardIds(ctx.model, protocols);
      const at = { element: itg.id, field: 'protocols', data: { id: itg.id } };
      if (!hasAny(ids, UTF8)) ctx.report({ messageId: 'no-utf8', ...at });
      if (!hasAny(ids, FORMATS)) ctx.report({ messageId: 'no-format', ...at });
    }
  },
);
