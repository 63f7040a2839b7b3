import { createRule } from './create-rule.js';

/** C30: an architecture aiming at 2030 under the NDAF targets full-online (toàn trình) for its procedures. */
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
    },
    profiles: ['ndaf-2025'],
    sources: [{ doc: 'qd-3090-2025', article: 'Mục tiêu đến năm 2030' }],
    confidence: 'verified',
    category: 'business',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const horizon = ctx.model.manifest.architecture.horizon;
    if (horizon === undefined || horizon < 2030) return;
    for (const svc of ctx.elements('public-service')) {
      const level = (svc.targetOnlineLevel ?? svc.onlineLevel) as string | undefined;
      if (level === undefined || level === 'toan_trinh') continue;
      ctx.report({ messageId: 'not-full-online', data: { id: svc.id, level }, element: svc.id, field: svc.targetOnlineLevel !== undefined ? 'targetOnlineLevel' : 'onlineLevel' });
    }
  },
);
