import { ALL_PROFILES, createRule } from './create-rule.js';
import { securityLevelOf } from '../model/queries.js';

/** C12 [M]: systems processing state secrets are level ≥ 3; "Tuyệt mật" means level 5. */
export default createRule(
  {
    id: 'C12',
    slug: 'state-secret-level',
    title: { vi: 'Hệ thống xử lý bí mật nhà nước từ cấp 3; Tuyệt mật cấp 5', en: 'Systems processing state secrets are level 3 or higher; Top secret means level 5' },
    hint: { vi: 'Xác định lại cấp độ theo Điều 9–11 NĐ 85/2016.', en: 'Re-determine the level under NĐ 85/2016 Arts. 9–11.' },
    messages: {
      'state-secret': { vi: 'Hệ thống "{id}" xử lý bí mật nhà nước nhưng chỉ cấp {level}', en: 'System "{id}" processes state secrets but is only level {level}' },
      'top-secret': { vi: 'Hệ thống "{id}" xử lý thông tin Tuyệt mật nhưng chỉ cấp {level} (cần cấp 5)', en: 'System "{id}" processes Top-secret information but is only level {level} (level 5 needed)' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 9–11' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Độ mật ứng với từng cấp chưa đối chiếu [M]', en: 'Secret grades per level not checked [M]' },
    category: 'security',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const level = securityLevelOf(sys);
      if (level === undefined) continue;
      if (sys.secretGrade === 'tuyet_mat' && level < 5) ctx.report({ messageId: 'top-secret', data: { id: sys.id, level }, element: sys.id, field: 'securityLevel' });
      else if ((sys.informationClasses?.includes('state_secret') || sys.secretGrade) && level < 3) ctx.report({ messageId: 'state-secret', data: { id: sys.id, level }, element: sys.id, field: 'securityLevel' });
    }
  },
);
