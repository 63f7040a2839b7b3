import { ALL_PROFILES, createRule } from './create-rule.js';

/** C40 [I]: every planned element is delivered by a roadmap project. */
export default createRule(
  {
    id: 'C40',
    slug: 'planned-delivered',
    title: { vi: 'Phần tử dự kiến (planned) có dự án thực hiện', en: 'Planned elements are delivered by a roadmap project' },
    hint: { vi: 'Thêm phần tử vào `delivers` của một project trong lộ trình.', en: 'Add the element to the `delivers` of a roadmap project.' },
    messages: {
      'not-delivered': { vi: '{kind} "{id}" ở trạng thái dự kiến nhưng không dự án nào thực hiện', en: '{kindEn} "{id}" is planned but no project delivers it' },
    },
    profiles: ALL_PROFILES,
    sources: [{ doc: 'hd-thh-2020', article: 'Lộ trình triển khai' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Quy tắc suy luận từ quy trình lập kiến trúc [I]', en: 'Inferred from the architecture process [I]' },
    category: 'governance',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const delivered = new Set(ctx.model.elements.flatMap((p) => (p.kind === 'project' ? p.delivers ?? [] : [])));
    for (const el of ctx.model.elements) {
      if (el.status !== 'planned' || el.kind === 'project' || el.kind === 'gap') continue;
      ctx.elements(el.kind);
      if (!delivered.has(el.id)) ctx.report({ messageId: 'not-delivered', data: { kind: el.kind, kindEn: el.kind, id: el.id }, element: el.id, field: 'status' });
    }
  },
);
