import { ALL_PROFILES, createRule } from './create-rule.js';

/** C15: every system is covered by security controls spanning the TCVN 11930 management and technical groups. */
export default createRule(
  {
    id: 'C15',
    slug: 'security-plan',
    title: { vi: 'Mỗi hệ thống có phương án bảo đảm ATTT theo các nhóm yêu cầu TCVN 11930:2017', en: 'Every system has a security plan covering the TCVN 11930:2017 requirement groups' },
    hint: {
      vi: 'Khai báo security-control có `covers` chứa hệ thống và `tcvn11930Groups` đủ các nhóm quản lý và kỹ thuật.',
      en: 'Declare security-control elements whose `covers` lists the system and whose `tcvn11930Groups` span the management and technical groups.',
    },
    messages: {
      'no-plan': { vi: 'Hệ thống "{id}" chưa có phương án bảo đảm an toàn thông tin', en: 'System "{id}" has no security plan' },
      'missing-groups': { vi: 'Phương án ATTT của hệ thống "{id}" chưa bao quát nhóm: {groups}', en: 'The security plan of system "{id}" does not cover: {groups}' },
    },
    profiles: ALL_PROFILES,
    // Security by level has been required since NĐ 85/2016 took effect, but the groups this rule checks are those of
    // TCVN 11930:2017, so it starts with that standard; TT 12/2022 is cited as the guidance in force (it replaced
    // TT 03/2017) from its own effective date.
    validFrom: { issued: 'tcvn-11930-2017' },
    sources: [
      { doc: 'tt-12-2022', article: 'Yêu cầu bảo đảm an toàn theo cấp độ' },
      { doc: 'tcvn-11930-2017', article: 'Nhóm yêu cầu quản lý và kỹ thuật' },
    ],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const groups = ctx.data.securityLevels().tcvn11930Groups.map((g) => g.id).sort();
    const controls = ctx.elements('security-control');
    // Controls by the system they cover, built once (a filter per system was quadratic at national scale).
    const byCovered = new Map<string, typeof controls[number][]>();
    for (const c of controls) for (const id of new Set(c.covers ?? [])) (byCovered.get(id) ?? byCovered.set(id, []).get(id)!).push(c);
    for (const sys of ctx.elements('information-system', 'platform')) {
      const covering = byCovered.get(sys.id) ?? [];
      if (covering.length === 0) {
        ctx.report({ messageId: 'no-plan', data: { id: sys.id }, element: sys.id });
        continue;
      }
      const covered = new Set<string>(covering.flatMap((c) => c.tcvn11930Groups ?? []));
      const missing = groups.filter((g) => !covered.has(g));
      if (missing.length > 0) ctx.report({ messageId: 'missing-groups', data: { id: sys.id, groups: missing.join(', ') }, element: sys.id });
    }
  },
);
