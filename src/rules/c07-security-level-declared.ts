import { ALL_PROFILES, createRule } from './create-rule.js';
import { securityLevelOf } from '../model/queries.js';

/** C07: every information system, platforms included (an LGSP is one under NĐ 85/2016), declares its security level 1–5. */
export default createRule(
  {
    id: 'C07',
    slug: 'security-level-declared',
    title: { vi: 'Mỗi hệ thống thông tin xác định cấp độ an toàn (1–5)', en: 'Every information system declares its security level (1–5)' },
    hint: {
      vi: 'Thêm `securityLevel` (1–5) theo tiêu chí Điều 7–11 NĐ 85/2016, kèm `securityLevelStatus` và `securityApproval` khi đã phê duyệt.',
      en: 'Add `securityLevel` (1–5) per the criteria of NĐ 85/2016 Arts. 7–11, with `securityLevelStatus` and `securityApproval` once approved.',
    },
    messages: {
      missing: { vi: 'Hệ thống "{id}" chưa xác định cấp độ an toàn', en: 'System "{id}" declares no security level' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'luat-86-2015', article: '5 cấp độ an toàn hệ thống thông tin' },
      { doc: 'nd-85-2016', article: 'Điều 7–11' },
    ],
    confidence: 'verified',
    confidenceNote: { vi: 'Năm cấp độ theo NĐ 85/2016 đã kiểm chứng; số hiệu, ngày của Luật 86/2015 chưa [M]', en: 'The five levels of NĐ 85/2016 are verified; the number and date of Luật 86/2015 are not [M]' },
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system', 'platform')) if (securityLevelOf(sys) === undefined) ctx.report({ messageId: 'missing', data: { id: sys.id }, element: sys.id });
  },
);
