import { ALL_PROFILES, createRule } from './create-rule.js';
import { securityLevelOf } from '../model/queries.js';

/** C09: level 1 is only for internal systems processing public information; private or personal information means level ≥ 2. */
export default createRule(
  {
    id: 'C09',
    slug: 'level-by-information-class',
    title: { vi: 'Cấp độ 1 chỉ dành cho hệ thống nội bộ xử lý thông tin công cộng', en: 'Level 1 is only for internal systems processing public information' },
    hint: { vi: 'Xác định lại cấp độ theo Điều 7–8 NĐ 85/2016 (tối thiểu cấp 2).', en: 'Re-determine the level under NĐ 85/2016 Arts. 7–8 (at least level 2).' },
    messages: {
      'personal-or-private': { vi: 'Hệ thống "{id}" xử lý thông tin {classes} nên phải từ cấp 2 (đang là cấp 1)', en: 'System "{id}" processes {classes} information, so it must be level 2 or higher (it is level 1)' },
      'not-internal': { vi: 'Hệ thống "{id}" loại {systemType} không đáp ứng tiêu chí cấp 1 (chỉ hệ thống nội bộ)', en: 'System "{id}" of type {systemType} does not meet the level-1 criterion (internal systems only)' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 7, Điều 8', url: 'https://lawnet.vn/thong-tin-phap-luat/khac/cac-tieu-chi-xac-dinh-cap-do-cua-he-thong-thong-tin-108212.html' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (securityLevelOf(sys) !== 1) continue;
      const sensitive = (sys.informationClasses ?? []).filter((c) => c === 'private' || c === 'personal');
      if (sensitive.length > 0) ctx.report({ messageId: 'personal-or-private', data: { id: sys.id, classes: sensitive.join(', ') }, element: sys.id, field: 'securityLevel' });
      else if (sys.systemType && sys.systemType !== 'internal_operations') ctx.report({ messageId: 'not-internal', data: { id: sys.id, systemType: sys.systemType }, element: sys.id, field: 'securityLevel' });
    }
  },
);
