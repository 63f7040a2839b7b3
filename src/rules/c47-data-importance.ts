import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C47: the Data Law (Luật Dữ liệu 60/2024/QH15, in force 01/07/2025) classifies data by importance — core,
 * important, other — and the regime for core and important data follows from it. Master data and data kept in
 * national or sector databases state their class (`importance`). The article is not read yet: the rule informs
 * until it is, and says only that the class is not stated, never which it should be.
 */
export default createRule(
  {
    id: 'C47',
    slug: 'data-importance',
    title: { vi: 'Dữ liệu chủ và dữ liệu trong CSDL quốc gia, chuyên ngành được phân loại theo mức độ quan trọng', en: 'Master data and data in national or sector databases are classified by importance' },
    hint: {
      vi: 'Thêm `importance: core | important | other` (dữ liệu cốt lõi, quan trọng, khác) cho thực thể dữ liệu.',
      en: 'Add `importance: core | important | other` (core, important, other data) to the data entity.',
    },
    messages: {
      'master-not-stated': {
        vi: 'Dữ liệu chủ "{id}" chưa ghi mức độ quan trọng theo Luật Dữ liệu',
        en: 'Master data "{id}" does not state its importance under the Data Law',
      },
      'held-not-stated': {
        vi: 'Thực thể dữ liệu "{id}" lưu trong CSDL quốc gia/chuyên ngành "{database}" chưa ghi mức độ quan trọng theo Luật Dữ liệu',
        en: 'Data entity "{id}", kept in the national or sector database "{database}", does not state its importance under the Data Law',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'luat-60-2024', article: 'Phân loại dữ liệu: dữ liệu cốt lõi, dữ liệu quan trọng' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Phân loại theo mức độ quan trọng lấy từ bài giới thiệu Luật (nguồn thứ cấp); số điều chưa đối chiếu', en: 'The importance classes come from a summary of the Law (secondary source); the article number is unchecked' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const sector = new Set(ctx.elements('database').filter((db) => db.dbKind === 'quoc_gia' || db.dbKind === 'chuyen_nganh').map((db) => db.id));
    for (const ent of ctx.elements('data-entity')) {
      if (ent.importance !== undefined || ent.replica === true) continue;
      const held = (ent.storedIn ?? []).find((db) => sector.has(db));
      if (ent.masterData !== true && !held) continue;
      if (ent.masterData === true) ctx.report({ messageId: 'master-not-stated', data: { id: ent.id }, element: ent.id });
      else ctx.report({ messageId: 'held-not-stated', data: { id: ent.id, database: held! }, element: ent.id });
    }
  },
);
