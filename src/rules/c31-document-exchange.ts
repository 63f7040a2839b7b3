import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo } from './helpers.js';

/** C31 [M]: the document-management system connects to the national document-exchange hub (VDXP). */
export default createRule(
  {
    id: 'C31',
    slug: 'document-exchange',
    title: { vi: 'Hệ thống quản lý văn bản kết nối Trục liên thông văn bản quốc gia', en: 'The document-management system connects to the national document-exchange hub' },
    hint: { vi: 'Thêm `national:vdxp` vào `uses` hoặc khai báo kết nối tới nó.', en: 'Add `national:vdxp` to `uses` or declare an integration to it.' },
    messages: {
      'no-vdxp': { vi: 'Hệ thống quản lý văn bản "{id}" chưa kết nối Trục liên thông văn bản quốc gia (VDXP)', en: 'Document-management system "{id}" is not connected to the national document-exchange hub (VDXP)' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for QĐ 28/2018/QĐ-TTg: the duty applies from the day it was signed.
    validFrom: { issued: 'qd-28-2018' },
    sources: [
      { doc: 'qd-28-2018', article: 'Gửi, nhận văn bản điện tử' },
      { doc: 'nd-30-2020', article: 'Công tác văn thư' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Căn cứ pháp lý chưa đối chiếu [M]', en: 'Legal basis not checked [M]' },
    category: 'application',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) if (sys.role === 'document_management' && !linkedTo(ctx.model, sys.id, ['national:vdxp'])) ctx.report({ messageId: 'no-vdxp', data: { id: sys.id }, element: sys.id });
  },
);
