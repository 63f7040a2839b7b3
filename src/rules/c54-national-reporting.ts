import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo } from './helpers.js';

/**
 * C54: the reporting regime of state administrative agencies (NĐ 09/2019/NĐ-CP) has ministries' reporting
 * systems connect to the national reporting system. A system whose role is `reporting` is linked to
 * `national:national-reporting`. The article and the catalogue entry are not verified: the rule informs.
 */
export default createRule(
  {
    id: 'C54',
    slug: 'national-reporting',
    title: { vi: 'Hệ thống báo cáo của Bộ kết nối Hệ thống thông tin báo cáo quốc gia', en: 'The ministry\'s reporting system connects to the national reporting system' },
    hint: {
      vi: 'Thêm `national:national-reporting` vào `uses` của hệ thống, hoặc khai báo kết nối (integration) tới nó.',
      en: 'Add `national:national-reporting` to the system\'s `uses`, or declare an integration to it.',
    },
    messages: {
      'not-connected': {
        vi: 'Hệ thống báo cáo "{id}" không kết nối Hệ thống thông tin báo cáo quốc gia',
        en: 'Reporting system "{id}" is not connected to the national reporting system',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: { issued: 'nd-09-2019' },
    sources: [{ doc: 'nd-09-2019', article: 'Hệ thống thông tin báo cáo quốc gia; kết nối hệ thống báo cáo của bộ, tỉnh' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Số hiệu và ngày của NĐ 09/2019 chưa xác minh; điều khoản về kết nối chưa đối chiếu', en: 'Number and date of NĐ 09/2019 unverified; the article on connecting is unchecked' },
    category: 'application',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (sys.role !== 'reporting' || sys.status === 'retiring') continue;
      if (!linkedTo(ctx.model, sys.id, ['national:national-reporting'])) ctx.report({ messageId: 'not-connected', data: { id: sys.id }, element: sys.id });
    }
  },
);
