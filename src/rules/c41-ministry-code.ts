import { inForce } from '../catalog/catalog.js';
import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C41: the owner of the architecture exists on the architecture date — a ministry in the list of ministries in
 * force (14 + 3 after 01/03/2025), a province in the list of provinces in force (34 after 01/07/2025); a
 * merged one is reported with its successor.
 */
export default createRule(
  {
    id: 'C41',
    slug: 'ministry-code',
    title: { vi: 'Bộ (hoặc tỉnh) sở hữu kiến trúc có trong danh mục có hiệu lực vào ngày kiến trúc', en: 'The owning ministry (or province) is in the list in force on the architecture date' },
    hint: { vi: 'Dùng mã bộ, tỉnh sau hợp nhất (xem `arch catalog ministry`, `arch catalog province`).', en: 'Use the ministry or province code after the merger (see `arch catalog ministry`, `arch catalog province`).' },
    messages: {
      merged: { vi: 'Bộ "{code}" đã hợp nhất vào "{successor}" từ {since}', en: 'Ministry "{code}" was merged into "{successor}" on {since}' },
      'not-yet': { vi: 'Bộ "{code}" chỉ tồn tại từ {since}, sau ngày kiến trúc', en: 'Ministry "{code}" only exists from {since}, after the architecture date' },
      'province-merged': { vi: 'Tỉnh "{code}" đã được sắp xếp, hợp nhất vào "{successor}" từ {since}', en: 'Province "{code}" was merged into "{successor}" on {since}' },
      'province-not-yet': { vi: 'Tỉnh "{code}" chỉ tồn tại từ {since}, sau ngày kiến trúc', en: 'Province "{code}" only exists from {since}, after the architecture date' },
    },
    profiles: ALL_PROFILES,
    sources: [
      { doc: 'nq-176-2025', article: 'Cơ cấu tổ chức của Chính phủ (14 bộ, 3 cơ quan ngang bộ)' },
      { doc: 'nq-202-2025', article: 'Sắp xếp đơn vị hành chính cấp tỉnh (34 tỉnh, thành phố)' },
    ],
    confidence: 'verified',
    confidenceNote: { vi: 'Các bộ theo NQ 176/2025 đã kiểm chứng; 34 tỉnh theo NQ 202/2025 chưa [M]', en: 'The ministries of NQ 176/2025 are verified; the 34 provinces of NQ 202/2025 are not [M]' },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const { ns, code } = ctx.model.owner;
    const entry = ctx.catalogues.get(ns, code);
    if (!entry || inForce(entry, ctx.asOf)) return;
    const merged = Boolean(entry.validUntil && entry.validUntil <= ctx.asOf);
    const data: Record<string, string> = merged ? { code, successor: String(entry.mergedInto ?? '—'), since: entry.validUntil ?? '' } : { code, since: entry.validFrom ?? '' };
    const ids = ns === 'province' ? { merged: 'province-merged', later: 'province-not-yet' } : { merged: 'merged', later: 'not-yet' };
    ctx.report({ messageId: merged ? ids.merged : ids.later, data, manifest: [ns, 'code'] });
  },
);
