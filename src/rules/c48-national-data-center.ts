import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo } from './helpers.js';

/**
 * C48: under the Data Law (60/2024/QH15, in force 01/07/2025) national databases use the infrastructure of the
 * National Data Center. A national database the architecture builds itself is hosted there (a system that
 * manages it is hosted `national_data_center`) or linked to `national:national-data-center`. Read from a summary
 * of the Law's article on the Center's infrastructure, not the text: the rule informs until it is checked.
 */
export default createRule(
  {
    id: 'C48',
    slug: 'national-data-center',
    title: { vi: 'CSDL quốc gia dùng hạ tầng của Trung tâm dữ liệu quốc gia', en: 'National databases use the infrastructure of the National Data Center' },
    hint: {
      vi: 'Ghi `hosting: national_data_center` cho hệ thống quản lý CSDL (`managedBy`), hoặc liên kết CSDL với `national:national-data-center`.',
      en: 'Set `hosting: national_data_center` on the system managing the database (`managedBy`), or link the database to `national:national-data-center`.',
    },
    messages: {
      'not-on-ndc': {
        vi: 'CSDL quốc gia "{id}" không được ghi là đặt trên hạ tầng Trung tâm dữ liệu quốc gia',
        en: 'National database "{id}" is not recorded as hosted on the National Data Center',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'luat-60-2024', article: 'Hạ tầng Trung tâm dữ liệu quốc gia (các CSDL quốc gia sử dụng hạ tầng của Trung tâm)' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Theo bài tóm tắt điều về hạ tầng Trung tâm dữ liệu quốc gia (caselaw.vn, nguồn thứ cấp); chưa đối chiếu văn bản', en: 'From a summary of the article on the Center\'s infrastructure (caselaw.vn, secondary); the text is unchecked' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const hostedAtNdc = new Set(ctx.elements('information-system').filter((s) => s.hosting === 'national_data_center').map((s) => s.id));
    for (const db of ctx.elements('database')) {
      if (db.dbKind !== 'quoc_gia' || db.status === 'retiring') continue;
      if ((db.managedBy && hostedAtNdc.has(db.managedBy)) || linkedTo(ctx.model, db.id, ['national:national-data-center'])) continue;
      ctx.report({ messageId: 'not-on-ndc', data: { id: db.id }, element: db.id });
    }
  },
);
