import { ALL_PROFILES, createRule } from './create-rule.js';
import { securityLevelOf } from '../model/queries.js';

/** C08: a system's level is at least the highest level of its subsystems. */
export default createRule(
  {
    id: 'C08',
    slug: 'subsystem-level',
    title: { vi: 'Cấp độ của hệ thống không thấp hơn cấp độ cao nhất của các hệ thống con', en: 'A system is at least at the level of its highest subsystem' },
    hint: { vi: 'Nâng `securityLevel` của hệ thống cha lên bằng cấp độ cao nhất của hệ thống con.', en: 'Raise the parent `securityLevel` to its highest subsystem level.' },
    messages: {
      'below-subsystem': { vi: 'Hệ thống "{id}" cấp {level} thấp hơn hệ thống con "{subsystem}" cấp {subLevel}', en: 'System "{id}" is level {level}, below its subsystem "{subsystem}" at level {subLevel}' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 5', url: 'https://lawnet.vn/thong-tin-phap-luat/khac/cac-tieu-chi-xac-dinh-cap-do-cua-he-thong-thong-tin-108212.html' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const level = securityLevelOf(sys);
      if (level === undefined) continue;
      (sys.subsystems ?? []).forEach((subId, index) => {
        const subLevel = securityLevelOf(ctx.model.byId.get(subId));
        if (subLevel !== undefined && subLevel > level) ctx.report({ messageId: 'below-subsystem', data: { id: sys.id, level, subsystem: subId, subLevel }, element: sys.id, field: 'subsystems', index });
      });
    }
  },
);
