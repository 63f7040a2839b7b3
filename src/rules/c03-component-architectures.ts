import { createRule } from './create-rule.js';
import type { Kind } from '../model/kinds.js';

/** The element kinds that make up each component architecture (DOMAIN.md §2.2, §10). */
const KINDS_OF: Record<string, Kind[]> = {
  business: ['business-function', 'public-service'],
  data: ['data-entity', 'database'],
  application: ['information-system', 'platform', 'integration'],
  technology: ['technology-component'],
  security: ['security-control'],
};

/** C03: all five component architectures are present. */
export default createRule(
  {
    id: 'C03',
    slug: 'component-architectures',
    title: { vi: 'Có đủ 5 kiến trúc thành phần', en: 'All five component architectures are present' },
    hint: {
      vi: 'Khai báo các phần tử của kiến trúc thành phần còn thiếu (ví dụ security-control cho kiến trúc an toàn thông tin).',
      en: 'Declare elements of the missing component architecture (e.g. security-control elements for the security architecture).',
    },
    messages: {
      missing: { vi: 'Thiếu {component}: chưa có phần tử loại {kinds}', en: 'Missing the {componentEn}: no element of kind {kinds}' },
    },
    // The seven contents and five component architectures are those of QĐ 2323 and its successors 3.0 and 4.0; the 2025
    // national framework prescribes layers L1–L4 instead (profiles.json: its contents are inferred), so it is not judged here.
    profiles: ['2.0', '3.0', '4.0'],
    sources: [
      { doc: 'qd-2323-2019', article: 'Nội dung cơ bản, điểm (e); mô hình tham chiếu BRM, DRM, ARM, TRM, SRM' },
      { doc: 'qd-2568-2023', article: 'SRM đổi tên: an toàn thông tin mạng, an ninh mạng' },
    ],
    confidence: 'verified',
    category: 'governance',
    defaultSeverity: 'error',
  },
  (ctx) => {
    for (const component of ctx.profile.componentArchitectures) {
      const kinds = KINDS_OF[component.id];
      if (!kinds || ctx.elements(...kinds).length > 0) continue;
      ctx.report({ messageId: 'missing', data: { component: component.name.vi, componentEn: component.name.en, kinds: kinds.join(', ') }, manifest: [] });
    }
  },
);
