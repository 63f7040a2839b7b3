import { ALL_PROFILES, createRule } from './create-rule.js';
import { externalIntegrationsBypassingPlatform } from '../graph/index.js';

/**
 * C20: exchanges with outside the ministry (national components, other ministries, provinces) go through
 * the LGSP and/or NDXP (or the NDC coordination platform). The graph stage's query decides which platforms
 * count (data/layer-rules.json), so `arch graph` and this rule agree.
 */
export default createRule(
  {
    id: 'C20',
    slug: 'external-via-platform',
    title: { vi: 'Kết nối ra ngoài bộ đi qua LGSP/NDXP', en: 'Exchanges outside the ministry go through the LGSP / NDXP' },
    hint: { vi: 'Thêm LGSP của bộ và/hoặc national:ndxp vào `via` của kết nối.', en: 'Add the ministry LGSP and/or national:ndxp to the integration `via`.' },
    messages: {
      direct: { vi: 'Kết nối "{id}" từ {from} tới {to} đi trực tiếp, không qua LGSP/NDXP', en: 'Integration "{id}" from {from} to {to} is point-to-point, not through the LGSP / NDXP' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'tt-13-2017', article: 'Điều 17 (LGSP là trung gian giữa hệ thống bên trong và bên ngoài)' },
      { doc: 'qd-2323-2019', article: 'Sơ đồ tổng thể: NDXP ↔ LGSP' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Cách áp dụng cho từng kết nối là suy luận [I]', en: 'Applying it per integration is an inference [I]' },
    category: 'application',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    ctx.elements('integration');
    for (const f of externalIntegrationsBypassingPlatform(ctx.model)) {
      const itg = f.integration;
      ctx.report({ messageId: 'direct', data: { id: itg.id, from: itg.from, to: itg.to }, element: itg.id, field: itg.via ? 'via' : f.external[0]!.field });
    }
  },
);
