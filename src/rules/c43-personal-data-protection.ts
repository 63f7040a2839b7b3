import { ALL_PROFILES, createRule } from './create-rule.js';
import { countAtLeast } from '../model/queries.js';

/** C43: systems processing personal data declare their protection measures (basis, impact assessment). */
export default createRule(
  {
    id: 'C43',
    slug: 'personal-data-protection',
    title: { vi: 'Hệ thống xử lý dữ liệu cá nhân có biện pháp bảo vệ dữ liệu cá nhân', en: 'Systems processing personal data declare personal-data protection' },
    hint: { vi: 'Thêm `personalDataProtection` {basis, impactAssessment, assessedOn}.', en: 'Add `personalDataProtection` {basis, impactAssessment, assessedOn}.' },
    messages: {
      'no-basis': { vi: 'Hệ thống "{id}" xử lý dữ liệu cá nhân nhưng chưa nêu cơ sở xử lý', en: 'System "{id}" processes personal data but states no processing basis' },
      'no-impact-assessment': { vi: 'Hệ thống "{id}" xử lý dữ liệu cá nhân nhưng chưa có hồ sơ đánh giá tác động', en: 'System "{id}" processes personal data but has no impact assessment' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'nd-13-2023', article: 'Bảo vệ dữ liệu cá nhân (đến 31/12/2025)' },
      { doc: 'nd-356-2025', article: 'thay thế NĐ 13/2023 từ 01/01/2026' },
      { doc: 'luat-91-2025' },
      { doc: 'qd-292-2025', article: 'Mục tiêu bảo vệ dữ liệu cá nhân' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Mục tiêu trong khung 4.0 đã kiểm chứng; nghĩa vụ cụ thể theo nghị định (NĐ 13/2023, từ 01/01/2026 NĐ 356/2025) chưa [M]', en: 'The 4.0 objective is verified; the duties of the decree (NĐ 13/2023, from 01/01/2026 NĐ 356/2025) are not [M]' },
    category: 'security',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (!sys.informationClasses?.includes('personal') && !((countAtLeast(sys.personalDataSubjects) ?? 0) > 0)) continue;
      const p = sys.personalDataProtection;
      const field = p ? { field: 'personalDataProtection' } : {};
      if (!p?.basis) ctx.report({ messageId: 'no-basis', data: { id: sys.id }, element: sys.id, ...field });
      if (!p?.impactAssessment) ctx.report({ messageId: 'no-impact-assessment', data: { id: sys.id }, element: sys.id, ...field });
    }
  },
);
