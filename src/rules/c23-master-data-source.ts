import { ALL_PROFILES, createRule } from './create-rule.js';
import { ofKind } from '../model/types.js';

/** C23: national master data has one authoritative national database; local copies are flagged as replicas. */
export default createRule(
  {
    id: 'C23',
    slug: 'master-data-source',
    title: { vi: 'Dữ liệu chủ có một nguồn gốc là CSDL quốc gia hoặc chuyên ngành; bản sao cục bộ được đánh dấu', en: 'Master data has one authoritative national or sector database; local copies are flagged' },
    hint: {
      vi: 'Đặt `authoritativeSource` là CSDL quốc gia (national:… hoặc database `dbKind: quoc_gia`); đánh dấu CSDL lưu bản sao bằng `replicaOf`.',
      en: 'Set `authoritativeSource` to a national database (national:… or a database with `dbKind: quoc_gia`); mark databases holding copies with `replicaOf`.',
    },
    messages: {
      'no-source': { vi: 'Dữ liệu chủ "{id}" chưa có nguồn dữ liệu gốc', en: 'Master data "{id}" has no authoritative source' },
      'not-national': { vi: 'Nguồn gốc "{source}" của dữ liệu chủ "{id}" là CSDL nội bộ, không phải CSDL quốc gia hay chuyên ngành', en: 'The authoritative source "{source}" of master data "{id}" is an internal database, not a national or sector one' },
      'unflagged-copy': { vi: 'CSDL "{database}" lưu "{id}" nhưng không ghi là bản sao (replicaOf) của nguồn gốc', en: 'Database "{database}" stores "{id}" but is not marked as a replica (replicaOf) of the source' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for NĐ 278/2025: the rule applies from the day it was issued.
    validFrom: { issued: 'nd-278-2025' },
    sources: [{ doc: 'nd-278-2025', article: 'Dữ liệu chủ quốc gia' }],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const ent of ctx.elements('data-entity')) {
      if (ent.masterData !== true) continue;
      const source = ent.authoritativeSource;
      if (!source) {
        ctx.report({ messageId: 'no-source', data: { id: ent.id }, element: ent.id });
        continue;
      }
      // A ministry's sector database may be the source of its own sector's master data; an internal one may not.
      const db = ofKind(ctx.model.byId.get(source), 'database');
      if (db?.dbKind === 'noi_bo') ctx.report({ messageId: 'not-national', data: { id: ent.id, source }, element: ent.id, field: 'authoritativeSource' });
      if (ent.replica === true) continue;
      (ent.storedIn ?? []).forEach((dbId, index) => {
        const copy = ofKind(ctx.model.byId.get(dbId), 'database');
        if (!copy || dbId === source || copy.dbKind === 'quoc_gia' || copy.replicaOf) return;
        ctx.report({ messageId: 'unflagged-copy', data: { id: ent.id, database: dbId }, element: ent.id, field: 'storedIn', index });
      });
    }
  },
);
