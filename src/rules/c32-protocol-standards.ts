import { ALL_PROFILES, createRule } from './create-rule.js';

/** C32: integrations name their protocols as standards of the catalogue (TT 39/2017), directly or through a standard element. */
export default createRule(
  {
    id: 'C32',
    slug: 'protocol-standards',
    title: { vi: 'Kết nối khai báo giao thức theo danh mục tiêu chuẩn', en: 'Integrations name their protocols from the standards catalogue' },
    hint: { vi: 'Liệt kê `protocols` bằng mã `std:…` (xem `arch catalog std`) hoặc phần tử standard có `catalogueRef`.', en: 'List `protocols` as `std:…` ids (see `arch catalog std`) or standard elements with a `catalogueRef`.' },
    messages: {
      'no-protocols': { vi: 'Kết nối "{id}" ({method}) chưa khai báo tiêu chuẩn giao thức', en: 'Integration "{id}" ({method}) names no protocol standard' },
      'not-in-catalogue': { vi: 'Tiêu chuẩn "{standard}" không gắn với mục nào của danh mục tiêu chuẩn (catalogueRef)', en: 'Standard "{standard}" is not tied to a catalogue entry (catalogueRef)' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Điều 2, Danh mục tiêu chuẩn kỹ thuật' }],
    confidence: 'verified',
    category: 'technology',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const itg of ctx.elements('integration')) {
      const protocols = itg.protocols ?? [];
      if (protocols.length === 0) {
        if (itg.method !== 'manual') ctx.report({ messageId: 'no-protocols', data: { id: itg.id, method: itg.method ?? '—' }, element: itg.id });
        continue;
      }
      protocols.forEach((p, index) => {
        const el = ctx.model.byId.get(p);
        if (el?.kind === 'standard' && !el.catalogueRef) ctx.report({ messageId: 'not-in-catalogue', data: { standard: p }, element: itg.id, field: 'protocols', index });
      });
    }
  },
);
