import { ALL_PROFILES, createRule } from './create-rule.js';
import { securityLevelOf } from '../model/queries.js';

/** C11 [M]: information infrastructure shared by several units needs level ≥ 3; nationwide 24/7 infrastructure level ≥ 4. */
export default createRule(
  {
    id: 'C11',
    slug: 'infrastructure-level',
    title: { vi: 'Hạ tầng thông tin dùng chung của bộ, ngành từ cấp 3', en: 'Information infrastructure shared across the ministry is level 3 or higher' },
    hint: { vi: 'Xác định lại cấp độ theo Điều 9–10 NĐ 85/2016.', en: 'Re-determine the level under NĐ 85/2016 Arts. 9–10.' },
    messages: {
      shared: { vi: 'Hạ tầng "{id}" được {count} đơn vị dùng chung ({units}) nhưng chỉ cấp {level}', en: 'Infrastructure "{id}" is shared by {count} units ({units}) but is only level {level}' },
      nationwide: { vi: 'Hạ tầng "{id}" phục vụ toàn quốc 24/7 nhưng chỉ cấp {level}', en: 'Infrastructure "{id}" serves the whole country 24/7 but is only level {level}' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 9, Điều 10' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Nội dung Điều 9–10 chưa đối chiếu văn bản gốc [M]', en: 'Arts. 9–10 wording not checked against the official text [M]' },
    category: 'security',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const sys of ctx.elements('information-system')) {
      const level = securityLevelOf(sys);
      if (sys.systemType !== 'information_infrastructure' || level === undefined) continue;
      if (level < 4 && sys.availability === '24x7' && (sys.criticality === 'critical' || sys.tags?.includes('nationwide'))) {
        ctx.report({ messageId: 'nationwide', data: { id: sys.id, level }, element: sys.id, field: 'securityLevel' });
        continue;
      }
      if (level >= 3) continue;
      const users = new Set<string>();
      for (const r of ctx.model.references) if (r.to === sys.id && r.dependency) {
        const owner = ctx.model.byId.get(r.from)?.owner;
        if (owner) users.add(owner);
      }
      if (users.size >= 2) ctx.report({ messageId: 'shared', data: { id: sys.id, count: users.size, units: [...users].sort().join(', '), level }, element: sys.id, field: 'securityLevel' });
    }
  },
);
