import { createRule, FROM_2_0 } from './create-rule.js';
import { ancestorsOf, lgspIds, linksOf } from './helpers.js';

/** C29: the ministry has one procedure-processing system, linked to the national portal, the LGSP and national databases. */
export default createRule(
  {
    id: 'C29',
    slug: 'tthc-system',
    title: { vi: 'Có một HTTT giải quyết TTHC cấp bộ kết nối Cổng DVC quốc gia, LGSP và CSDL quốc gia', en: 'One procedure-processing system, linked to the national portal, the LGSP and national databases' },
    hint: {
      vi: 'Khai báo một information-system `role: tthc_system` có `uses` gồm national:cong-dvcqg, LGSP của bộ và các CSDL quốc gia cần dùng.',
      en: 'Declare one information-system with `role: tthc_system` whose `uses` lists national:cong-dvcqg, the ministry LGSP and the national databases it needs.',
    },
    messages: {
      none: { vi: 'Chưa có HTTT giải quyết thủ tục hành chính cấp bộ (role: tthc_system)', en: 'No ministry procedure-processing system (role: tthc_system)' },
      several: { vi: 'Có {count} HTTT giải quyết TTHC ({ids}); bộ chỉ có một', en: 'There are {count} procedure-processing systems ({ids}); a ministry has one' },
      'no-portal': { vi: 'HTTT giải quyết TTHC "{id}" chưa kết nối Cổng Dịch vụ công quốc gia', en: 'Procedure system "{id}" is not linked to the National Public Service Portal' },
      'no-lgsp': { vi: 'HTTT giải quyết TTHC "{id}" chưa kết nối LGSP của bộ', en: 'Procedure system "{id}" is not linked to the ministry LGSP' },
      'no-national-db': { vi: 'HTTT giải quyết TTHC "{id}" chưa kết nối CSDL quốc gia nào', en: 'Procedure system "{id}" is not linked to any national database' },
    },
    profiles: FROM_2_0,
    // The one procedure-processing system of a ministry or province is TT 21/2023's notion (effective date not recorded).
    validFrom: { issued: 'tt-21-2023' },
    sources: [
      { doc: 'tt-21-2023', article: 'Chức năng HTTT giải quyết TTHC cấp bộ, cấp tỉnh' },
      { doc: 'tt-11-2025-bkhcn' },
      { doc: 'nd-118-2025' },
    ],
    confidence: 'verified',
    category: 'application',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const all = ctx.elements('information-system').filter((s) => s.role === 'tthc_system');
    // A subsystem of the procedure system (e.g. its one-stop part) is the same system.
    const systems = all.filter((s) => !ancestorsOf(ctx.model, s.id).some((a) => all.some((x) => x.id === a)));
    if (systems.length === 0) {
      ctx.report({ messageId: 'none', manifest: [] });
      return;
    }
    for (const s of systems.slice(1)) ctx.report({ messageId: 'several', data: { count: systems.length, ids: systems.map((x) => x.id).join(', ') }, element: s.id, field: 'role' });
    const lgsps = lgspIds(ctx.model);
    for (const sys of systems) {
      const links = linksOf(ctx.model, sys.id);
      if (!links.has('national:cong-dvcqg')) ctx.report({ messageId: 'no-portal', data: { id: sys.id }, element: sys.id });
      if (lgsps.length > 0 && !lgsps.some((l) => links.has(l))) ctx.report({ messageId: 'no-lgsp', data: { id: sys.id }, element: sys.id });
      const nationalDb = [...links].some((l) => l.startsWith('national:') && ctx.catalogues.get('national', l.slice(9))?.category === 'database');
      if (!nationalDb) ctx.report({ messageId: 'no-national-db', data: { id: sys.id }, element: sys.id });
    }
  },
);
