import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C45: every principle is applied by at least one element (`satisfies`). DOMAIN.md §11 also asks NDAF
 * architectures to cite results-based governance and shared-platform reuse; principles are free text, so
 * that half is not machine-checked here (it needs principle ids in a catalogue first).
 */
export default createRule(
  {
    id: 'C45',
    slug: 'principles-applied',
    title: { vi: 'Mỗi nguyên tắc được ít nhất một phần tử áp dụng', en: 'Every principle is applied by at least one element' },
    hint: { vi: 'Thêm id của nguyên tắc vào `satisfies` của các phần tử thực hiện nó, hoặc bỏ nguyên tắc không dùng.', en: 'Add the principle id to the `satisfies` of the elements that apply it, or drop the unused principle.' },
    messages: {
      unapplied: { vi: 'Nguyên tắc "{id}" chưa được phần tử nào áp dụng', en: 'Principle "{id}" is not applied by any element' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [
      { doc: 'qd-3090-2025', article: 'Các nguyên tắc cốt lõi' },
      { doc: 'luat-148-2025', article: 'Điều 7' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Việc đòi mỗi nguyên tắc có phần tử áp dụng là suy luận [I]', en: 'Requiring an applying element per principle is an inference [I]' },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const applied = new Set(ctx.model.references.filter((r) => r.field === 'satisfies').map((r) => r.to));
    for (const p of ctx.elements('principle')) if (!applied.has(p.id)) ctx.report({ messageId: 'unapplied', data: { id: p.id }, element: p.id });
  },
);
