import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo, servicesOf, userTypes } from './helpers.js';

const ONLINE = new Set(['toan_trinh', 'mot_phan']);

/**
 * C46: from NĐ 69/2024/NĐ-CP (in force 01/07/2024) citizens sign in to online public services with their
 * electronic identity (VNeID); the accounts the portals issued to individuals ended on 30/06/2024 (Art. 40(3)). A system that processes online procedures for
 * citizens is linked to national:vneid, directly, through an integration, or through a system it is part of.
 * The date is checked; the duty to sign in through VNeID is our reading of it: the rule informs.
 */
export default createRule(
  {
    id: 'C46',
    slug: 'vneid-login',
    title: { vi: 'Người dân đăng nhập dịch vụ công trực tuyến bằng định danh điện tử VNeID', en: 'Citizens sign in to online public services with their VNeID electronic identity' },
    hint: {
      vi: 'Thêm `national:vneid` vào `uses` của hệ thống (hoặc của hệ thống dùng chung mà nó là hệ thống con), hoặc khai báo kết nối tới VNeID.',
      en: 'Add `national:vneid` to the system\'s `uses` (or to the shared system it is part of), or declare an integration to VNeID.',
    },
    messages: {
      'no-vneid': {
        vi: 'Hệ thống "{id}" giải quyết thủ tục trực tuyến cho người dân ({service}…) nhưng không liên kết với định danh điện tử VNeID',
        en: 'System "{id}" processes online procedures for citizens ({service}…) but is not linked to the VNeID electronic identity',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-69-2024', article: 'Điều 40 khoản 3 (tài khoản do Cổng DVC quốc gia, hệ thống TTHC cấp bộ, cấp tỉnh cấp cho cá nhân dùng đến hết 30/06/2024)' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Ngày 30/06/2024 đã đối chiếu với Điều 40 khoản 3; việc người dân đăng nhập qua tài khoản định danh điện tử (VNeID) từ đó là cách hiểu của chúng tôi [I]', en: 'The date 30/06/2024 is checked against Art. 40(3); that citizens then sign in with their electronic-identity (VNeID) account is our reading [I]' },
    category: 'application',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const online = servicesOf(ctx.model, sys.id).filter((svc) => svc.onlineLevel !== undefined && ONLINE.has(svc.onlineLevel) && userTypes(ctx.model, svc).has('citizen'));
      if (online.length === 0 || linkedTo(ctx.model, sys.id, ['national:vneid'])) continue;
      ctx.report({ messageId: 'no-vneid', data: { id: sys.id, service: online[0]!.id }, element: sys.id });
    }
  },
);
