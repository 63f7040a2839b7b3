import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C53: the Cybersecurity Law 2025 (116/2025/QH15, in force 01/07/2026, merging the 2015 and 2018 laws) keeps a
 * regime for information systems important to national security. A system at security level 5 — the level
 * NĐ 85/2016 gives such systems — is marked `criticality: critical`, so that the architecture shows which of its
 * systems fall under that regime. The mapping of level 5 to the Law's notion is an inference: the rule informs.
 */
export default createRule(
  {
    id: 'C53',
    slug: 'critical-system',
    title: { vi: 'Hệ thống cấp độ 5 được ghi là hệ thống thông tin quan trọng về an ninh quốc gia', en: 'Level-5 systems are marked as important to national security' },
    hint: {
      vi: 'Thêm `criticality: critical` cho hệ thống; nếu hệ thống không thuộc danh mục hệ thống thông tin quan trọng về an ninh quốc gia, xem lại cấp độ.',
      en: 'Add `criticality: critical` to the system; if it is not on the list of systems important to national security, review its level.',
    },
    messages: {
      'not-marked': {
        vi: 'Hệ thống "{id}" cấp độ 5 chưa được ghi là hệ thống quan trọng (criticality: {criticality})',
        en: 'Level-5 system "{id}" is not marked as critical (criticality: {criticality})',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'luat-116-2025', article: 'Hệ thống thông tin quan trọng về an ninh quốc gia' },
      { doc: 'nd-85-2016', article: 'Điều 11 (cấp độ 5)' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Đối chiếu cấp độ 5 với khái niệm của Luật An ninh mạng 2025 là suy luận [I]', en: 'Matching level 5 with the notion of the Cybersecurity Law 2025 is an inference [I]' },
    category: 'security',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (sys.securityLevel === 5 && sys.criticality !== 'critical') ctx.report({ messageId: 'not-marked', data: { id: sys.id, criticality: sys.criticality ?? '—' }, element: sys.id, field: sys.criticality ? 'criticality' : 'securityLevel' });
    }
  },
);
