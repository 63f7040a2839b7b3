import { inForce } from '../catalog/catalog.js';
import { ALL_PROFILES, createRule } from './create-rule.js';
import { standardIds } from './helpers.js';

/** C38: in every standards group the architecture uses, each mandatory (bắt buộc) standard is adopted or waived with a reason. */
export default createRule(
  {
    id: 'C38',
    slug: 'mandatory-standards',
    title: { vi: 'Áp dụng đủ tiêu chuẩn bắt buộc trong các nhóm tiêu chuẩn được sử dụng', en: 'Mandatory standards of every group in use are adopted' },
    hint: {
      vi: 'Khai báo phần tử standard có `catalogueRef` tới tiêu chuẩn bắt buộc, hoặc ghi `waiverReason` nếu không áp dụng.',
      en: 'Declare a standard element whose `catalogueRef` names the mandatory standard, or give a `waiverReason` where it does not apply.',
    },
    messages: {
      'missing-mandatory': { vi: 'Nhóm "{group}" đang dùng nhưng chưa áp dụng tiêu chuẩn bắt buộc {standard} ({name})', en: 'Group "{group}" is in use but the mandatory standard {standard} ({nameEn}) is not adopted' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Điều 2, Điều 3' }],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'Chỉ xét các dòng danh mục đã kiểm chứng (tùy chọn includeUnverified để xét tất cả); cách gom theo nhóm là suy luận [I]',
      en: 'Only verified catalogue rows are considered (option includeUnverified for all); grouping by category is an inference [I]',
    },
    category: 'technology',
    defaultSeverity: 'warning',
    options: { includeUnverified: { description: { vi: 'Xét cả các dòng chưa kiểm chứng', en: 'Also consider unverified rows' }, default: false } },
  },
  (ctx) => {
    const standards = ctx.elements('standard');
    const refs = [
      ...standards.map((s) => s.id),
      ...ctx.model.elements.flatMap((e) => [...('protocols' in e ? e.protocols ?? [] : []), ...('standards' in e ? e.standards ?? [] : [])]),
    ];
    const adopted = standardIds(ctx.model, refs);
    const entries = ctx.catalogues.entries('std').filter((e) => inForce(e, ctx.asOf));
    const groupOf = new Map(entries.map((e) => [e.id, String(e.group ?? '')]));
    const firstInGroup = new Map<string, string>();
    for (const s of standards) {
      const id = s.catalogueRef?.replace(/^std:/, '');
      const group = id ? groupOf.get(id) : undefined;
      if (group && !firstInGroup.has(group)) firstInGroup.set(group, s.id);
    }
    const used = new Set([...adopted].map((id) => groupOf.get(id)).filter((g): g is string => !!g));
    for (const group of [...used].sort()) {
      const anchor = firstInGroup.get(group) ?? standards[0]?.id;
      for (const e of entries) {
        if (e.group !== group || e.status !== 'bat_buoc' || adopted.has(e.id)) continue;
        if (e.verified !== true && ctx.options.includeUnverified !== true) continue;
        ctx.report({ messageId: 'missing-mandatory', data: { group, standard: `std:${e.id}`, name: e.name.vi, nameEn: e.name.en }, ...(anchor ? { element: anchor } : { manifest: [] }) });
      }
    }
  },
);
