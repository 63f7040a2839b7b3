import { ALL_PROFILES, createRule } from './create-rule.js';
import { levelOf } from './helpers.js';

/** C13: level ≥ 3 systems have an approval decision, by the authority NĐ 85 Art. 12 sets for the level. */
export default createRule(
  {
    id: 'C13',
    slug: 'security-approval',
    title: { vi: 'Hệ thống từ cấp 3 có quyết định phê duyệt cấp độ đúng thẩm quyền', en: 'Systems of level 3 or higher have a level approval by the right authority' },
    hint: {
      vi: 'Thêm `securityApproval` {decision, date, approver}; thẩm quyền theo Điều 12 NĐ 85/2016 (xem `arch catalog security-levels`).',
      en: 'Add `securityApproval` {decision, date, approver}; the authority follows NĐ 85/2016 Art. 12.',
    },
    messages: {
      'missing-approval': { vi: 'Hệ thống "{id}" cấp {level} chưa có quyết định phê duyệt cấp độ', en: 'System "{id}" at level {level} has no level-approval decision' },
      'wrong-approver': { vi: 'Cấp {level} do {expected} phê duyệt, không phải "{approver}"', en: 'Level {level} is approved by {expected}, not "{approver}"' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'nd-85-2016', article: 'Điều 12' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Thẩm quyền cấp 1–3 đã kiểm chứng; cấp 4–5 chưa [M]', en: 'Authorities for levels 1–3 verified; levels 4–5 not [M]' },
    category: 'security',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const approvals = ctx.data.securityLevels().approval;
    for (const sys of ctx.elements('information-system')) {
      const level = levelOf(sys);
      if (level === undefined) continue;
      const approval = sys.securityApproval as { approver?: string } | undefined;
      if (!approval) {
        if (level >= 3) ctx.report({ messageId: 'missing-approval', data: { id: sys.id, level }, element: sys.id });
        continue;
      }
      const rule = approvals.find((a) => a.levels.includes(level));
      if (rule && approval.approver && !rule.approvers.includes(approval.approver)) {
        ctx.report({ messageId: 'wrong-approver', data: { level, expected: rule.approvers.join(' / '), approver: approval.approver }, element: sys.id, field: 'securityApproval' });
      }
    }
  },
);
