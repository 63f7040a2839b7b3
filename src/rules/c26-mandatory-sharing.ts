import { ALL_PROFILES, createRule } from './create-rule.js';

/** C26: master data the ministry is the source of is shared via the national data coordination platform by 31/12/2026. */
export default createRule(
  {
    id: 'C26',
    slug: 'mandatory-sharing',
    title: { vi: 'Dữ liệu chủ của bộ được chia sẻ qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia', en: 'The ministry\'s master data is shared through the national data coordination platform' },
    hint: { vi: 'Khai báo integration mang thực thể dữ liệu (`dataEntities`) với `via: [national:ndc-coordination]`.', en: 'Declare an integration carrying the entity (`dataEntities`) with `via: [national:ndc-coordination]`.' },
    messages: {
      'not-shared': { vi: 'Dữ liệu chủ "{id}" (nguồn {source}) chưa được chia sẻ qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia (hạn 31/12/2026)', en: 'Master data "{id}" (source {source}) is not shared through the national data coordination platform (deadline 31/12/2026)' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for NĐ 278/2025: the rule applies from the day it was issued.
    validFrom: { issued: 'nd-278-2025' },
    validUntil: '2027-01-01',
    sources: [{ doc: 'nd-278-2025', article: 'Kết nối, chia sẻ dữ liệu bắt buộc; thời hạn 31/12/2026' }],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    // Data entities shared through the national coordination platform, from one pass over the integrations.
    const sharedEntities = new Set(
      ctx.model.elements.flatMap((i) => (i.kind === 'integration' && (i.via?.includes('national:ndc-coordination') || i.to === 'national:ndc-coordination') ? i.dataEntities ?? [] : [])),
    );
    for (const ent of ctx.elements('data-entity')) {
      const source = ent.authoritativeSource;
      if (ent.masterData !== true || !source || !ctx.model.byId.has(source)) continue;
      const shared = sharedEntities.has(ent.id);
      if (!shared) ctx.report({ messageId: 'not-shared', data: { id: ent.id, source }, element: ent.id });
    }
  },
);
