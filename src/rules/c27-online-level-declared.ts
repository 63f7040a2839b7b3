import { ALL_PROFILES, createRule } from './create-rule.js';
import { dayMonthYear, legalDocument } from './legal-sources.js';

/** C27: every public service declares its online level under NĐ 42/2022 (toan_trinh, mot_phan, none). */
export default createRule(
  {
    id: 'C27',
    slug: 'online-level-declared',
    title: { vi: 'Mỗi dịch vụ công xác định mức độ trực tuyến theo NĐ 42/2022', en: 'Every public service declares its online level under NĐ 42/2022' },
    hint: { vi: 'Thêm `onlineLevel`: toan_trinh, mot_phan hoặc none (giữ `legacyLevel` nếu cần đối chiếu).', en: 'Add `onlineLevel`: toan_trinh, mot_phan or none (keep `legacyLevel` for reference).' },
    messages: {
      missing: { vi: 'Dịch vụ công "{id}" chưa xác định mức độ trực tuyến', en: 'Public service "{id}" declares no online level' },
      'legacy-only': { vi: 'Dịch vụ công "{id}" chỉ ghi mức {legacy} theo NĐ 43/2011 (đã thay thế từ {since})', en: 'Public service "{id}" only gives legacy level {legacy} of NĐ 43/2011 (superseded on {since})' },
    },
    profiles: ALL_PROFILES,
    // The signing date of NĐ 42/2022, which also ends NĐ 43/2011 in legal-documents.json and the legacy regime in
    // service-levels.json; the decree's own effective date is not recorded.
    validFrom: { issued: 'nd-42-2022' },
    sources: [{ doc: 'nd-42-2022', article: 'Điều 11' }],
    confidence: 'verified',
    category: 'business',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const legacy = legalDocument('nd-43-2011', 'C27');
    const since = legacy.repealedOn ? dayMonthYear(legacy.repealedOn) : '—';
    for (const svc of ctx.elements('public-service')) {
      if (svc.onlineLevel !== undefined) continue;
      if (svc.legacyLevel !== undefined) ctx.report({ messageId: 'legacy-only', data: { id: svc.id, legacy: String(svc.legacyLevel), since }, element: svc.id, field: 'legacyLevel' });
      else ctx.report({ messageId: 'missing', data: { id: svc.id }, element: svc.id });
    }
  },
);
