import { ALL_PROFILES, createRule } from './create-rule.js';
import { citationOf, dayMonthYear, legalDocument } from './legal-sources.js';

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
      'repealed-list': { vi: 'Căn cứ "{number}" (danh mục CSDL quốc gia) đã bị bãi bỏ từ {since} bởi {by}', en: '"{number}" (the national-database list) was repealed on {since} by {by}' },
    },
    profiles: ALL_PROFILES,
    // The national-database list as a decree starts with NĐ 47/2024, replaced by NĐ 194/2025 (a report cites the one in force).
    validFrom: { issued: 'nd-47-2024' },
    sources: [
      { doc: 'nd-194-2025', article: 'Điều 40 (bãi bỏ NĐ 47/2024)' },
      { doc: 'nd-47-2024', article: 'Danh mục cơ sở dữ liệu quốc gia' },
    ],
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
    // The repealed list (NĐ 47/2024), its repeal date and the text that repealed it come from data/catalogues/legal-documents.json.
    const repealed = legalDocument(REPEALED_LIST, 'C24');
    if (!repealed.repealedOn || ctx.asOf < repealed.repealedOn) return;
    const since = dayMonthYear(repealed.repealedOn);
    const by = repealed.repealedBy ? citationOf(legalDocument(repealed.repealedBy, 'C24')) : '—';
    const bases = ctx.model.manifest.contents?.legalBases;
    if (Array.isArray(bases)) bases.forEach((b, index) => {
      const number = String((b as { number?: unknown }).number ?? '');
      if (number.toUpperCase().includes(repealed.number.toUpperCase())) ctx.report({ messageId: 'repealed-list', data: { number, since, by }, manifest: ['contents', 'legalBases', index, 'number'] });
    });
  },
);
