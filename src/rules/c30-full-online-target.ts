import { createRule } from './create-rule.js';

/**
 * C30: an architecture aiming at 2030 under the NDAF targets full-online (toàn trình) for the procedures
 * QĐ 3090 names: those that qualify and have had cases (đủ điều kiện và có phát sinh hồ sơ). A procedure with
 * no cases (`annualCases: 0`) or one the law requires in person (`inPersonRequired`) is not asked; a procedure
 * that states no target is told so, not that it "targets" its current level.
 */
export default createRule(
  {
    id: 'C30',
    slug: 'full-online-target',
    title: { vi: 'Mục tiêu 2030: thủ tục đủ điều kiện đạt DVC trực tuyến toàn trình', en: '2030 target: eligible procedures are full-online' },
    hint: {
      vi: 'Đặt `targetOnlineLevel: toan_trinh`, hoặc ghi miễn trừ (waiver) cho thủ tục không đủ điều kiện theo luật.',
      en: 'Set `targetOnlineLevel: toan_trinh`, or waive procedures the law keeps from being full-online.',
    },
    messages: {
      'not-full-online': { vi: 'Thủ tục "{id}" có mức mục tiêu {level}, chưa toàn trình (mục tiêu 2030 của Khung KTTTQGS)', en: 'Procedure "{id}" targets {level}, not full-online (NDAF 2030 target)' },
      'target-not-stated': { vi: 'Thủ tục "{id}" (hiện {level}) chưa nêu mức mục tiêu (`targetOnlineLevel`); mục tiêu 2030 là toàn trình nếu đủ điều kiện', en: 'Procedure "{id}" (now {level}) states no target level (`targetOnlineLevel`); the 2030 target is full-online where it qualifies' },
    },
    profiles: ['ndaf-2025'],
    sources: [{ doc: 'qd-3090-2025', article: 'Mục tiêu đến năm 2030 (thủ tục đủ điều kiện và có phát sinh hồ sơ)' }],
    confidence: 'verified',
    category: 'business',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const horizon = ctx.model.manifest.architecture.horizon;
    if (horizon === undefined || horizon < 2030) return;
    for (const svc of ctx.elements('public-service')) {
      if (svc.annualCases === 0 || svc.inPersonRequired === true) continue;
      if (svc.targetOnlineLevel !== undefined) {
        if (svc.targetOnlineLevel !== 'toan_trinh') ctx.report({ messageId: 'not-full-online', data: { id: svc.id, level: svc.targetOnlineLevel }, element: svc.id, field: 'targetOnlineLevel' });
      } else if (svc.onlineLevel !== undefined && svc.onlineLevel !== 'toan_trinh') {
        ctx.report({ messageId: 'target-not-stated', data: { id: svc.id, level: svc.onlineLevel }, element: svc.id });
      }
    }
  },
);
