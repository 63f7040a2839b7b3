import { ALL_PROFILES, createRule } from './create-rule.js';
import { servicesOf } from './helpers.js';
import { countAtLeast, countText, securityLevelOf } from '../model/queries.js';

/** C10: citizen/business systems with ≥ 10,000 data subjects or online public services need level ≥ 3. */
export default createRule(
  {
    id: 'C10',
    slug: 'citizen-services-level',
    title: { vi: 'Hệ thống phục vụ người dân, doanh nghiệp quy mô lớn hoặc cung cấp DVC trực tuyến từ cấp 3', en: 'Citizen-facing systems with many users or online public services are level 3 or higher' },
    hint: { vi: 'Xác định lại cấp độ theo Điều 8–9 NĐ 85/2016 (tối thiểu cấp 3).', en: 'Re-determine the level under NĐ 85/2016 Arts. 8–9 (at least level 3).' },
    messages: {
      'many-subjects': { vi: 'Hệ thống "{id}" xử lý dữ liệu của {subjects} người (ngưỡng {threshold}) nhưng chỉ cấp {level}', en: 'System "{id}" processes data of {subjects} people (threshold {threshold}) but is only level {level}' },
      'online-service': { vi: 'Hệ thống "{id}" xử lý dịch vụ công trực tuyến "{service}" nhưng chỉ cấp {level}', en: 'System "{id}" processes the online public service "{service}" but is only level {level}' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'nd-85-2016', article: 'Điều 8 (ngưỡng 10.000 người sử dụng), Điều 9', url: 'https://thukyluat.vn/news/52955.html' },
    ],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'Tiêu chí cấp 3 là phần bù của tiêu chí cấp 2 [S]; nội dung Điều 9 chưa đối chiếu [M]; coi DVC trực tuyến một phần (mot_phan) là "từ cấp 3" là suy luận [I]',
      en: 'The level-3 criteria are the complement of the level-2 criteria [S]; Art. 9 wording unchecked [M]; reading a partly-online service (mot_phan) as "level 3 or above" is an inference [I]',
    },
    category: 'security',
    defaultSeverity: 'warning', // unverified: a rule whose reading is not checked against its text never defaults to error
  },
  (ctx) => {
    const threshold = ctx.data.securityLevels().thresholds.personalDataSubjects;
    for (const sys of ctx.elements('information-system')) {
      const level = securityLevelOf(sys);
      if (level === undefined || level >= 3) continue;
      const subjects = sys.personalDataSubjects;
      if (sys.systemType === 'citizen_business_services' && subjects !== undefined && countAtLeast(subjects)! >= threshold) {
        ctx.report({ messageId: 'many-subjects', data: { id: sys.id, subjects: countText(subjects), threshold, level }, element: sys.id, field: 'securityLevel' });
        continue;
      }
      const online = servicesOf(ctx.model, sys.id).find((s) => s.onlineLevel === 'toan_trinh' || s.onlineLevel === 'mot_phan' || (s.legacyLevel ?? 0) >= 3);
      if (online) ctx.report({ messageId: 'online-service', data: { id: sys.id, service: online.id, level }, element: sys.id, field: 'securityLevel' });
    }
  },
);
