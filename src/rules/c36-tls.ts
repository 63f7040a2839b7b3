import { ALL_PROFILES, createRule } from './create-rule.js';
import { carriesPersonalData } from '../model/queries.js';
import { ofKind } from '../model/types.js';
import { standardIds } from './helpers.js';

/** C36 [M]: web and API integrations carrying personal or private data use TLS 1.2 or later. */
export default createRule(
  {
    id: 'C36',
    slug: 'tls',
    title: { vi: 'Kết nối mang dữ liệu cá nhân, thông tin riêng dùng TLS ≥ 1.2', en: 'Integrations carrying personal or private data use TLS 1.2 or later' },
    hint: { vi: 'Đặt `encryption: tls_1_2` hoặc `tls_1_3` (hoặc thêm `std:tt39-tls-1.2` vào `protocols`).', en: 'Set `encryption: tls_1_2` or `tls_1_3` (or add `std:tt39-tls-1.2` to `protocols`).' },
    messages: {
      'no-tls': { vi: 'Kết nối "{id}" mang dữ liệu cá nhân/riêng nhưng không dùng TLS ≥ 1.2', en: 'Integration "{id}" carries personal or private data without TLS 1.2 or later' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Tiêu chuẩn về an toàn thông tin (TLS 1.2)' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Dòng TLS của TT 39/2017 chưa đối chiếu [M]', en: 'The TLS row of TT 39/2017 is unchecked [M]' },
    category: 'security',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const itg of ctx.elements('integration')) {
      if (itg.method !== 'api_rest' && itg.method !== 'api_soap') continue;
      const sensitive = carriesPersonalData(ctx.model, itg) || (itg.dataEntities ?? []).some((d) => ofKind(ctx.model.byId.get(d), 'data-entity')?.classification === 'private');
      if (!sensitive) continue;
      if (itg.encryption === 'tls_1_2' || itg.encryption === 'tls_1_3' || standardIds(ctx.model, itg.protocols ?? []).has('tt39-tls-1.2')) continue;
      ctx.report({ messageId: 'no-tls', data: { id: itg.id }, element: itg.id, ...(itg.encryption ? { field: 'encryption' } : {}) });
    }
  },
);
