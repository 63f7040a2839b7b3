import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo, servicesOf, userTypes } from './helpers.js';

/**
 * C22: a system that processes administrative procedures for enterprises (a public service whose users are
 * enterprises) could take enterprise data from the national business-registration database. The cited texts
 * list the database; none found so far obliges each system to connect, so the rule informs and does not warn,
 * and it leaves portals and other systems that process no such procedure alone.
 */
export default createRule(
  {
    id: 'C22',
    slug: 'business-registry',
    title: { vi: 'Hệ thống giải quyết thủ tục cho doanh nghiệp dùng CSDL quốc gia về đăng ký doanh nghiệp', en: 'Systems processing procedures for enterprises use the national business-registration database' },
    hint: { vi: 'Thêm `national:csdlqg-dkdn` vào `uses` hoặc khai báo kết nối tới nó.', en: 'Add `national:csdlqg-dkdn` to `uses` or declare an integration to it.' },
    messages: {
      'no-business-registry': {
        vi: 'Hệ thống "{id}" giải quyết thủ tục cho doanh nghiệp ({service}…) nhưng không dùng CSDL quốc gia về đăng ký doanh nghiệp',
        en: 'System "{id}" processes procedures for enterprises ({service}…) but does not use the national business-registration database',
      },
    },
    profiles: ALL_PROFILES,
    // No earlier than the list that made the business-registration database a national one.
    validFrom: { issued: 'qd-714-2015' },
    sources: [
      { doc: 'qd-2568-2023', article: 'BRM/DRM' },
      { doc: 'qd-714-2015', article: 'Danh mục CSDL quốc gia' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Chưa tìm thấy điều khoản buộc từng hệ thống kết nối; quy tắc chỉ thông tin [M]', en: 'No clause obliging each system to connect has been found; the rule only informs [M]' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const forEnterprises = servicesOf(ctx.model, sys.id).filter((svc) => userTypes(ctx.model, svc).has('enterprise'));
      if (forEnterprises.length === 0) continue;
      if (!linkedTo(ctx.model, sys.id, ['national:csdlqg-dkdn'])) ctx.report({ messageId: 'no-business-registry', data: { id: sys.id, service: forEnterprises[0]!.id }, element: sys.id });
    }
  },
);
