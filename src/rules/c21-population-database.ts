import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo, userTypes } from './helpers.js';

/** C21: citizen-facing systems processing personal data use the national population database and/or VNeID. */
export default createRule(
  {
    id: 'C21',
    slug: 'population-database',
    title: { vi: 'Hệ thống phục vụ người dân dùng CSDL quốc gia về dân cư hoặc VNeID', en: 'Citizen-facing systems use the national population database or VNeID' },
    hint: {
      vi: 'Thêm `national:csdlqg-dan-cu` (nguồn dữ liệu gốc) và/hoặc `national:vneid` (xác thực) vào `uses`, hoặc khai báo kết nối tới chúng.',
      en: 'Add `national:csdlqg-dan-cu` (authoritative source) and/or `national:vneid` (authentication) to `uses`, or declare an integration to them.',
    },
    messages: {
      'no-population-db': { vi: 'Hệ thống "{id}" xử lý thông tin cá nhân của người dân nhưng không dùng CSDL quốc gia về dân cư hay VNeID', en: 'System "{id}" processes personal data of citizens but uses neither the national population database nor VNeID' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for QĐ 06/QĐ-TTg: the rule applies from the day it was signed.
    validFrom: { issued: 'qd-06-2022' },
    sources: [
      { doc: 'qd-06-2022', article: 'Đề án 06' },
      { doc: 'qd-2568-2023', article: 'Sơ đồ tổng thể: định danh và xác thực điện tử' },
      { doc: 'nd-194-2025', article: 'Điều 16' },
    ],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (!sys.informationClasses?.includes('personal') || !userTypes(ctx.model, sys).has('citizen')) continue;
      if (!linkedTo(ctx.model, sys.id, ['national:csdlqg-dan-cu', 'national:vneid'])) ctx.report({ messageId: 'no-population-db', data: { id: sys.id }, element: sys.id });
    }
  },
);
