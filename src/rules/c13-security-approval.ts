import { ALL_PROFILES, createRule } from './create-rule.js';
import { notYetBuilt } from './helpers.js';
import { securityLevelOf } from '../model/queries.js';

/**
 * C13: level ≥ 3 systems in operation have an approval decision, by the authority NĐ 85 Art. 12 sets for the
 * level. A system not built yet (planned, target) has its level approved with its design, before it goes into
 * operation (NĐ 85 Art. 13), so it may lack the decision; an approval it does give is still checked.
 */
export default createRule(
  {
    id: 'C13',
    slug: 'security-approval',
    title: { vi: 'Hệ thống từ cấp 3 có quyết định phê duyệt cấp độ đúng thẩm quyền', en: 'Systems of level 3 or higher have a level approval by the right authority' },
    hint: {
      vi: 'Thêm `securityApproval` {decision, date, approver}; thẩm quyền theo Điều 12 NĐ 85/2016 (xem `arch catalog security-levels`). Hệ thống chưa xây dựng (status planned, target) được phê duyệt cấp độ cùng hồ sơ thiết kế, trước khi đưa vào vận hành (Điều 13), nên chưa bắt buộc có quyết định.',
      en: 'Add `securityApproval` {decision, date, approver}; the authority follows NĐ 85/2016 Art. 12. A system not built yet (status planned, target) has its level approved with its design, before it goes into operation (Art. 13), so it needs no decision yet.',
    },
    messages: {
      'missing-approval': { vi: 'Hệ thống "{id}" cấp {level} chưa có quyết định phê duyệt cấp độ', en: 'System "{id}" at level {level} has no level-approval decision' },
      'wrong-approver': { vi: 'Cấp {level} do {expected} phê duyệt, không phải "{approver}"', en: 'Level {level} is approved by {expected}, not "{approver}"' },
      'decision-not-stated': { vi: 'Hệ thống "{id}" ghi đã phê duyệt cấp độ nhưng chưa nêu số và ngày quyết định', en: 'System "{id}" records a level approval but does not state the decision\'s number and date' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'nd-85-2016', article: 'Điều 12 (thẩm quyền); Điều 13 (hệ thống thiết lập mới: phê duyệt cấp độ khi thiết kế, trước khi vận hành)' },
      { doc: 'tt-12-2022', article: 'Xác định hệ thống thông tin và thuyết minh đề xuất cấp độ' },
    ],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'Thẩm quyền cấp 1–3 đã kiểm chứng; cấp 4–5 chưa [M]. Thời điểm phê duyệt với hệ thống xây dựng mới (Điều 13) theo mục lục NĐ 85, nội dung điều chưa đối chiếu [M]',
      en: 'Authorities for levels 1–3 verified; levels 4–5 not [M]. When a new system is approved (Art. 13) follows the table of contents of NĐ 85; the article text is not checked [M]',
    },
    category: 'security',
    defaultSeverity: 'warning', // unverified: a rule whose reading is not checked against its text never defaults to error
  },
  (ctx) => {
    const approvals = ctx.data.securityLevels().approval;
    for (const sys of ctx.elements('information-system', 'platform')) {
      const level = securityLevelOf(sys);
      if (level === undefined) continue;
      const approval = sys.securityApproval;
      if (!approval) {
        if (level >= 3 && !notYetBuilt(sys)) ctx.report({ messageId: 'missing-approval', data: { id: sys.id, level }, element: sys.id });
        continue;
      }
      // Known to exist but not at hand: "not stated", so nobody invents a number to pass.
      if (!approval.decision || !approval.date) ctx.report({ messageId: 'decision-not-stated', data: { id: sys.id }, element: sys.id, field: 'securityApproval' });
      const rule = approvals.find((a) => a.levels.includes(level));
      if (rule && !rule.approvers.includes(approval.approver)) {
        ctx.report({ messageId: 'wrong-approver', data: { level, expected: rule.approvers.join(' / '), approver: approval.approver }, element: sys.id, field: 'securityApproval' });
      }
    }
  },
);
