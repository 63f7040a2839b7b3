import { ALL_PROFILES, createRule } from './create-rule.js';

/** Id in data/catalogues/legal-documents.json of the repealed national-database list. */
const REPEALED_LIST = 'nd-47-2024';

/** C24: a database of kind quoc_gia is one of the national databases of the catalogue; citing the repealed list raises a finding. */
export default createRule(
  {
    id: 'C24',
    slug: 'national-database-list',
    title: { vi: 'CSDL quốc gia thuộc danh mục CSDL quốc gia hiện hành', en: 'National databases are in the current national-database list' },
    hint: {
      vi: 'Đặt `nationalRef` là một CSDL trong `arch catalog national`, hoặc đổi `dbKind` (chuyen_nganh, dung_chung…); bỏ căn cứ đã hết hiệu lực.',
      en: 'Set `nationalRef` to a database of `arch catalog national`, or change `dbKind`; drop a legal basis no longer in force.',
    },
    messages: {
      'no-national-ref': { vi: 'CSDL "{id}" khai báo là CSDL quốc gia nhưng chưa nêu là CSDL nào trong danh mục (`nationalRef`)', en: 'Database "{id}" is declared national but does not state which database of the national list it is (`nationalRef`)' },
      'not-in-list': { vi: 'CSDL "{id}" khai báo là CSDL quốc gia nhưng {ref} không phải CSDL trong danh mục', en: 'Database "{id}" is declared national but {ref} is not a database of the national list' },
      'repealed-list': { vi: 'Căn cứ "{number}" (danh mục CSDL quốc gia) đã bị bãi bỏ từ 19/08/2025 bởi NĐ 194/2025/NĐ-CP', en: '"{number}" (the national-database list) was repealed on 19/08/2025 by NĐ 194/2025/NĐ-CP' },
    },
    profiles: ALL_PROFILES,
    sources: [{ doc: 'nd-194-2025', article: 'Điều 40 (bãi bỏ NĐ 47/2024)' }],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const db of ctx.elements('database')) {
      if (db.dbKind !== 'quoc_gia') continue;
      const ref = db.nationalRef;
      const entry = ref?.startsWith('national:') ? ctx.catalogues.get('national', ref.slice(9)) : undefined;
      if (!ref) ctx.report({ messageId: 'no-national-ref', data: { id: db.id }, element: db.id });
      else if (!entry || entry.category !== 'database') ctx.report({ messageId: 'not-in-list', data: { id: db.id, ref }, element: db.id, field: 'nationalRef' });
    }
    // The repealed list (NĐ 47/2024) and its repeal date come from data/catalogues/legal-documents.json.
    const repealed = ctx.data.legalDocuments().find((d) => d.id === REPEALED_LIST);
    if (!repealed?.repealedOn || ctx.asOf < repealed.repealedOn) return;
    const bases = ctx.model.manifest.contents?.legalBases;
    if (Array.isArray(bases)) bases.forEach((b, index) => {
      const number = String((b as { number?: unknown }).number ?? '');
      if (number.toUpperCase().includes(repealed.number.toUpperCase())) ctx.report({ messageId: 'repealed-list', data: { number }, manifest: ['contents', 'legalBases', index, 'number'] });
    });
  },
);
