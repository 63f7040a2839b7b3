import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo, userTypes } from './helpers.js';

/** C22: systems serving enterprises reference the national business-registration database. */
export default createRule(
  {
    id: 'C22',
    slug: 'business-registry',
    title: { vi: 'Hệ thống phục vụ doanh nghiệp dùng CSDL quốc gia về đăng ký doanh nghiệp', en: 'Systems serving enterprises use the national business-registration database' },
    hint: { vi: 'Thêm `national:csdlqg-dkdn` vào `uses` hoặc khai báo kết nối tới nó.', en: 'Add `national:csdlqg-dkdn` to `uses` or declare an integration to it.' },
    messages: {
      'no-business-registry': { vi: 'Hệ thống "{id}" phục vụ doanh nghiệp nhưng không dùng CSDL quốc gia về đăng ký doanh nghiệp', en: 'System "{id}" serves enterprises but does not use the national business-registration database' },
    },
    profiles: ALL_PROFILES,
    sources: [
      { doc: 'qd-2568-2023', article: 'BRM/DRM' },
      { doc: 'qd-714-2015', article: 'Danh mục CSDL quốc gia' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Cơ sở pháp lý bắt buộc kết nối chưa kiểm chứng [M]', en: 'The legal basis of a mandatory link is unchecked [M]' },
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (!userTypes(ctx.model, sys).has('enterprise')) continue;
      if (!linkedTo(ctx.model, sys.id, ['national:csdlqg-dkdn'])) ctx.report({ messageId: 'no-business-registry', data: { id: sys.id }, element: sys.id });
    }
  },
);
