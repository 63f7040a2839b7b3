import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C50: data copied from a national database stays a copy — the national database is its authoritative source
 * and the copy is marked as such (NĐ 278/2025/NĐ-CP on master data and mandatory sharing; Data Law 60/2024).
 * A data entity that declares `copyOf: national:…` but names another authoritative source, or none, keeps a
 * local master copy of national data (`masterData: true` alone says the data is master data, not whose). Reading of the decree's master-data articles
 * by inference: the rule informs.
 */
export default createRule(
  {
    id: 'C50',
    slug: 'national-copy',
    title: { vi: 'Bản sao dữ liệu của CSDL quốc gia lấy CSDL quốc gia làm nguồn gốc', en: 'Copies of national data take the national database as their source' },
    hint: {
      vi: 'Ghi `authoritativeSource` bằng CSDL quốc gia trong `copyOf` và `replica: true`.',
      en: 'Set `authoritativeSource` to the national database in `copyOf`, and `replica: true`.',
    },
    messages: {
      'local-master': {
        vi: 'Thực thể dữ liệu "{id}" sao chép dữ liệu của {national} nhưng giữ bản gốc riêng (nguồn gốc: {source})',
        en: 'Data entity "{id}" copies data of {national} but keeps its own master copy (authoritative source: {source})',
      },
      'not-marked': {
        vi: 'Thực thể dữ liệu "{id}" sao chép dữ liệu của {national} nhưng chưa ghi là bản sao (`replica: true`)',
        en: 'Data entity "{id}" copies data of {national} but is not marked as a replica (`replica: true`)',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: { issued: 'nd-278-2025' },
    sources: [
      { doc: 'nd-278-2025', article: 'Dữ liệu chủ quốc gia' },
      { doc: 'luat-60-2024', article: 'Cơ sở dữ liệu quốc gia là nguồn dữ liệu gốc' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Suy luận từ quy định về dữ liệu chủ [I]; điều khoản chưa đối chiếu', en: 'Inferred from the master-data provisions [I]; the articles are unchecked' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const ent of ctx.elements('data-entity')) {
      const national = ent.copyOf;
      if (!national) continue;
      if (ent.authoritativeSource !== national) {
        ctx.report({ messageId: 'local-master', data: { id: ent.id, national, source: ent.authoritativeSource ?? '—' }, element: ent.id, field: ent.authoritativeSource ? 'authoritativeSource' : 'copyOf' });
      } else if (ent.replica !== true) ctx.report({ messageId: 'not-marked', data: { id: ent.id, national }, element: ent.id, field: 'copyOf' });
    }
  },
);
