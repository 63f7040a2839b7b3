import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C06: an information system has exactly one owner (chủ quản). The schema makes `owner` a single org-unit
 * reference; what remains is a subsystem claimed by systems of different owners.
 */
export default createRule(
  {
    id: 'C06',
    slug: 'single-owner',
    title: { vi: 'Mỗi hệ thống thông tin có đúng một chủ quản', en: 'Every information system has exactly one owner' },
    hint: {
      vi: 'Đặt `owner` là một đơn vị (org-unit) của bộ; một hệ thống con chỉ thuộc một hệ thống cha.',
      en: 'Set `owner` to an org-unit of the ministry; a subsystem belongs to one parent system only.',
    },
    messages: {
      'several-parents': { vi: 'Hệ thống "{id}" là hệ thống con của nhiều hệ thống ({parents}) có chủ quản khác nhau', en: 'System "{id}" is a subsystem of several systems ({parents}) with different owners' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 5', url: 'https://lawnet.vn/thong-tin-phap-luat/khac/cac-tieu-chi-xac-dinh-cap-do-cua-he-thong-thong-tin-108212.html' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const systems = ctx.elements('information-system');
    const parents = new Map<string, string[]>();
    for (const sys of systems) {
      for (const sub of sys.subsystems ?? []) parents.set(sub, [...(parents.get(sub) ?? []), sys.id]);
    }
    for (const [sub, list] of parents) {
      const owners = new Set(list.map((p) => ctx.model.byId.get(p)?.owner));
      if (list.length > 1 && owners.size > 1 && ctx.model.byId.has(sub)) ctx.report({ messageId: 'several-parents', data: { id: sub, parents: list.join(', ') }, element: sub });
    }
  },
);
