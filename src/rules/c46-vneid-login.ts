import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo, servicesOf, userTypes } from './helpers.js';

const ONLINE = new Set(['toan_trinh', 'mot_phan']);

/**
 * C46: from NĐ 69/2024/NĐ-CP (in force 01/07/2024) citizens sign in to online public services with their
 * electronic identity (VNeID); the portals' own accounts ended. A system that processes online procedures for
 * citizens is linked to national:vneid, directly, through an integration, or through a system it is part of.
 * The article is not read yet: the rule informs until it is.
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
    sources: [{ doc: 'nd-69-2024', article: 'Định danh và xác thực điện tử; tài khoản trên Cổng DVC dùng đến 30/06/2024' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Điều khoản về đăng nhập bằng tài khoản định danh điện tử chưa đối chiếu; ngày 30/06/2024 theo issue #16 [M]', en: 'The article on signing in with the electronic-identity account is unchecked; the date 30/06/2024 is from issue #16 [M]' },
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
