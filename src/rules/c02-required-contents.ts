import { createRule } from './create-rule.js';
import type { ArchitectureModel } from '../model/types.js';

/** What in the repository makes each required content (profile `requiredContents` ids) present. */
const PRESENT: Record<string, (m: ArchitectureModel) => boolean> = {
  vision: (m) => !!m.manifest.contents?.vision,
  objectives: (m) => Array.isArray(m.manifest.contents?.objectives) && (m.manifest.contents!.objectives as unknown[]).length > 0,
  scope: (m) => !!m.manifest.contents?.scope,
  principles: (m) => m.elements.some((e) => e.kind === 'principle'),
  // The overall diagram is generated from the elements (`arch graph`); it needs systems or platforms to show.
  overall_diagram: (m) => m.elements.some((e) => e.kind === 'information-system' || e.kind === 'platform'),
  // Each component architecture is checked by C03; the content exists when any element of a component does.
  component_architectures: (m) => m.elements.some((e) => e.kind !== 'org-unit' && e.kind !== 'principle'),
  implementation: (m) => {
    const impl = m.manifest.contents?.implementation as { measures?: unknown[]; responsibilities?: unknown[] } | undefined;
    return !!impl && ((impl.measures?.length ?? 0) > 0 || (impl.responsibilities?.length ?? 0) > 0);
  },
};

/** C02: the seven basic contents of an architecture (QĐ 2323/QĐ-BTTTT). */
export default createRule(
  {
    id: 'C02',
    slug: 'required-contents',
    title: { vi: 'Kiến trúc có đủ 7 nội dung cơ bản', en: 'The architecture has the seven basic contents' },
    hint: {
      vi: 'Bổ sung nội dung vào `contents` trong arch.yaml (vision, objectives, scope, implementation) hoặc khai báo phần tử principle.',
      en: 'Add the content to `contents` in arch.yaml (vision, objectives, scope, implementation) or declare principle elements.',
    },
    messages: {
      missing: { vi: 'Thiếu nội dung bắt buộc "{content}" ({clause})', en: 'Missing required content "{contentEn}" ({clauseEn})' },
    },
    // The seven contents and five component architectures are those of QĐ 2323 and its successors 3.0 and 4.0; the 2025
    // national framework prescribes layers L1–L4 instead (profiles.json: its contents are inferred), so it is not judged here.
    profiles: ['2.0', '3.0', '4.0'],
    sources: [{ doc: 'qd-2323-2019', article: 'Nội dung cơ bản của Kiến trúc, điểm (a)–(g)' }],
    confidence: 'verified',
    category: 'governance',
    defaultSeverity: 'error',
  },
  (ctx) => {
    const hasContents = ctx.model.manifest.contents !== undefined;
    for (const content of ctx.profile.requiredContents) {
      const present = PRESENT[content.id];
      if (!present || present(ctx.model)) continue;
      ctx.report({
        messageId: 'missing',
        data: { content: content.name.vi, contentEn: content.name.en, clause: content.clause?.vi ?? ctx.profile.instrument.number, clauseEn: content.clause?.en ?? ctx.profile.instrument.number },
        manifest: hasContents ? ['contents'] : [],
        atKey: hasContents,
      });
    }
  },
);
