import { ALL_PROFILES, createRule } from './create-rule.js';
import { notYetBuilt } from './helpers.js';

/**
 * C52: the Digital Transformation Law (148/2025/QH15, in force 01/07/2026) has state agencies build on shared
 * digital infrastructure — the government cloud and the National Data Center — rather than each its own. A
 * system still to be built (planned or target) that is to be hosted on the agency's own premises is reported
 * so the choice is justified. The article is not read: the rule informs.
 */
export default createRule(
  {
    id: 'C52',
    slug: 'cloud-first',
    title: { vi: 'Hệ thống xây mới ưu tiên hạ tầng số dùng chung (điện toán đám mây Chính phủ, Trung tâm dữ liệu quốc gia)', en: 'New systems prefer shared digital infrastructure (government cloud, National Data Center)' },
    hint: {
      vi: 'Cân nhắc `hosting: gov_cloud` hoặc `national_data_center`; nếu vẫn đặt tại chỗ, ghi lý do và miễn trừ (waiver) cho quy tắc này.',
      en: 'Consider `hosting: gov_cloud` or `national_data_center`; if it stays on premises, record why with a waiver of this rule.',
    },
    messages: {
      'on-premises': {
        vi: 'Hệ thống "{id}" ({status}) dự kiến đặt trên hạ tầng riêng (onprem) thay vì hạ tầng số dùng chung',
        en: 'System "{id}" ({status}) is to be hosted on its own premises (onprem) rather than on shared digital infrastructure',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'luat-148-2025', article: 'Hạ tầng số dùng chung của cơ quan nhà nước' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Nội dung điều khoản về hạ tầng dùng chung chưa đối chiếu với văn bản Luật [I]', en: 'The article on shared infrastructure is not checked against the Law\'s text [I]' },
    category: 'technology',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      if (notYetBuilt(sys) && sys.hosting === 'onprem') ctx.report({ messageId: 'on-premises', data: { id: sys.id, status: sys.status }, element: sys.id, field: 'hosting' });
    }
  },
);
