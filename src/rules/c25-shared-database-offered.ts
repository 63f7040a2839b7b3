import { ALL_PROFILES, createRule } from './create-rule.js';
import { elementsOfKind } from '../model/by-kind.js';

/** C25: shared and open databases are offered to other agencies through an integration (sharing by default). */
export default createRule(
  {
    id: 'C25',
    slug: 'shared-database-offered',
    title: { vi: 'CSDL dùng chung, dữ liệu mở được chia sẻ qua kết nối', en: 'Shared and open databases are offered through an integration' },
    hint: { vi: 'Khai báo integration có `from` là CSDL (hoặc hệ thống quản lý nó) tới LGSP/NDXP hoặc cổng dữ liệu mở.', en: 'Declare an integration whose `from` is the database (or the system managing it) towards the LGSP/NDXP or the open-data portal.' },
    messages: {
      'not-shared': { vi: 'CSDL {kind} "{id}" chưa có kết nối chia sẻ cho cơ quan khác', en: 'The {kind} database "{id}" has no integration sharing it with other agencies' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-194-2025', article: 'Điều 16 khoản 2 (chia sẻ mặc định)' }],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    // Where integrations start (and, two-way, end), from one pass: a scan per database was quadratic.
    const ends = new Set<string>();
    for (const i of elementsOfKind(ctx.model, 'integration')) {
      ends.add(i.from);
      if (i.direction === 'two_way') ends.add(i.to);
    }
    for (const db of ctx.elements('database')) {
      if (db.dbKind !== 'dung_chung' && db.dbKind !== 'mo' && db.openData !== true) continue;
      const sources = new Set([db.id, db.managedBy].filter(Boolean));
      const shared = [...sources].some((id) => id !== undefined && ends.has(id));
      if (!shared) ctx.report({ messageId: 'not-shared', data: { id: db.id, kind: db.dbKind ?? 'mo' }, element: db.id });
    }
  },
);
