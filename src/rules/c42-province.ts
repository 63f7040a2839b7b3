import { inForce } from '../catalog/catalog.js';
import { ALL_PROFILES, createRule } from './create-rule.js';

/** C42: provinces referenced by units are among the 34 provincial units from 01/07/2025. */
export default createRule(
  {
    id: 'C42',
    slug: 'province',
    title: { vi: 'Tỉnh, thành phố được tham chiếu thuộc 34 đơn vị hành chính cấp tỉnh', en: 'Referenced provinces are among the 34 provincial units' },
    hint: { vi: 'Dùng tỉnh, thành phố sau sắp xếp (xem `arch catalog province`).', en: 'Use the province after the reorganisation (see `arch catalog province`).' },
    messages: {
      abolished: { vi: 'Tỉnh "{province}" đã sáp nhập vào "{successor}" từ {since}', en: 'Province "{province}" was merged into "{successor}" on {since}' },
    },
    profiles: ALL_PROFILES,
    sources: [{ doc: 'nq-202-2025', article: '34 đơn vị hành chính cấp tỉnh' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Số 34 đã kiểm chứng; tên các tỉnh và số hiệu nghị quyết chưa [M]', en: 'The count of 34 is verified; names and the resolution number are not [M]' },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const unit of ctx.elements('org-unit')) {
      const ref = unit.province;
      if (!ref?.startsWith('province:')) continue;
      const entry = ctx.catalogues.get('province', ref.slice(9));
      if (!entry || inForce(entry, ctx.asOf) || !entry.validUntil || entry.validUntil > ctx.asOf) continue;
      ctx.report({ messageId: 'abolished', data: { province: ref, successor: String(entry.mergedInto ?? '—'), since: entry.validUntil }, element: unit.id, field: 'province' });
    }
  },
);
