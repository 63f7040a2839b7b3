import { ALL_PROFILES, createRule } from './create-rule.js';
import { deadlineDate } from './data.js';

const LAW = { doc: 'nq-203-2025', id: 'district-level-ends' };

/**
 * C57: local government has two levels (province and commune) from 01/07/2025; district-level units ended that
 * day (Nghị quyết 203/2025/QH15 amending the Constitution; Luật Tổ chức chính quyền địa phương 72/2025/QH15
 * organises the two levels; legal-documents.json `deadlines`). On an assessment date
 * from then, a district People's Committee (`unitType: ubnd_huyen`) still current or planned is reported with
 * the unit it names as its successor, or as naming none. A district kept as `retiring` with its successor is how
 * a baseline records it, and passes.
 */
export default createRule(
  {
    id: 'C57',
    slug: 'district-unit',
    title: { vi: 'Không còn đơn vị hành chính cấp huyện từ 01/07/2025 (chính quyền địa phương hai cấp)', en: 'No district-level units from 01/07/2025 (two-level local government)' },
    hint: {
      vi: 'Đặt `status: retiring` cho đơn vị cấp huyện, ghi `successor` (UBND cấp xã hoặc sở kế thừa) và chuyển các phần tử của nó sang đơn vị kế thừa.',
      en: 'Set `status: retiring` on the district unit, name its `successor` (the commune People\'s Committee or provincial department that took over) and move its elements to the successor.',
    },
    messages: {
      'still-active': { vi: 'Đơn vị cấp huyện "{id}" không còn từ {since}; nhiệm vụ đã chuyển cho "{successor}"', en: 'District unit "{id}" ceased to exist on {since}; its duties passed to "{successor}"' },
      'no-successor': { vi: 'Đơn vị cấp huyện "{id}" không còn từ {since} nhưng chưa ghi đơn vị kế thừa (`successor`)', en: 'District unit "{id}" ceased to exist on {since} but names no successor (`successor`)' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: LAW.doc, article: 'kết thúc hoạt động của đơn vị hành chính cấp huyện từ 01/07/2025' },
      { doc: 'luat-72-2025', article: 'tổ chức chính quyền địa phương hai cấp (tỉnh, xã)' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Ngày 01/07/2025 theo nguồn thứ cấp [S]; điều khoản chưa đối chiếu [M]', en: 'The date 01/07/2025 from secondary sources [S]; the article is unchecked [M]' },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const since = deadlineDate(ctx.data.legalDocuments(), LAW, 'C57');
    if (ctx.asOf < since) return;
    for (const unit of ctx.elements('org-unit')) {
      if (unit.unitType !== 'ubnd_huyen') continue;
      if (!unit.successor) ctx.report({ messageId: 'no-successor', data: { id: unit.id, since }, element: unit.id });
      else if (unit.status !== 'retiring') ctx.report({ messageId: 'still-active', data: { id: unit.id, since, successor: unit.successor }, element: unit.id, field: 'status' });
    }
  },
);
