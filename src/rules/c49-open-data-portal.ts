import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo } from './helpers.js';

/**
 * C49: open data of state agencies is published on the national data portal (NĐ 194/2025/NĐ-CP on national
 * databases, data sharing and open data, in force 19/08/2025). A database that provides open data (`openData:
 * true` or `dbKind: mo`) is linked to `national:open-data-portal`. Article not checked: the rule informs.
 */
export default createRule(
  {
    id: 'C49',
    slug: 'open-data-portal',
    title: { vi: 'Dữ liệu mở được công bố trên Cổng dữ liệu quốc gia', en: 'Open data is published on the national data portal' },
    hint: {
      vi: 'Khai báo kết nối (integration) từ CSDL hoặc hệ thống quản lý nó tới `national:open-data-portal`, hoặc thêm nó vào `uses` của hệ thống quản lý.',
      en: 'Declare an integration from the database or its managing system to `national:open-data-portal`, or add it to the managing system\'s `uses`.',
    },
    messages: {
      'not-published': {
        vi: 'CSDL "{id}" cung cấp dữ liệu mở nhưng không liên kết với Cổng dữ liệu quốc gia',
        en: 'Database "{id}" provides open data but is not linked to the national data portal',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-194-2025', article: 'Dữ liệu mở: công bố trên Cổng dữ liệu quốc gia' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Điều khoản về công bố dữ liệu mở chưa đối chiếu; mục Cổng dữ liệu quốc gia trong danh mục chưa xác minh', en: 'The article on publishing open data is unchecked; the catalogue entry of the portal is unverified' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const db of ctx.elements('database')) {
      if ((db.openData !== true && db.dbKind !== 'mo') || db.status === 'retiring') continue;
      const ends = [db.id, ...(db.managedBy ? [db.managedBy] : [])];
      if (ends.some((id) => linkedTo(ctx.model, id, ['national:open-data-portal']))) continue;
      ctx.report({ messageId: 'not-published', data: { id: db.id }, element: db.id });
    }
  },
);
