import { ALL_PROFILES, createRule } from './create-rule.js';
import { repealVerified } from './data.js';
import { normaliseCitation } from './helpers.js';

/**
 * C44: legal bases cited by the architecture are not repealed or superseded on the assessment date. The repeals
 * live in legal-documents.json (`repealedBy`, `repealedOn`, each with its source); a finding cites the text that
 * replaced the one it is about, and says so when that repeal is not verified. The rule's own sources are examples
 * of such repeals.
 */
export default createRule(
  {
    id: 'C44',
    slug: 'legal-bases-in-force',
    title: { vi: 'Căn cứ pháp lý còn hiệu lực vào ngày kiến trúc', en: 'Cited legal bases are in force on the architecture date' },
    hint: { vi: 'Thay văn bản đã hết hiệu lực bằng văn bản thay thế.', en: 'Replace the repealed instrument with its successor.' },
    messages: {
      repealed: { vi: 'Văn bản {number} đã hết hiệu lực từ {since}, thay bằng {successor}', en: '{number} is no longer in force since {since}; replaced by {successor}' },
      'repealed-unverified': {
        vi: 'Văn bản {number} được ghi nhận là hết hiệu lực từ {since}, thay bằng {successor} (việc thay thế chưa được kiểm chứng; đối chiếu văn bản trước khi sửa)',
        en: '{number} is recorded as no longer in force since {since}, replaced by {successor} (the repeal is not verified; check the text before amending)',
      },
    },
    profiles: ALL_PROFILES,
    // The repeal dates themselves live in data/catalogues/legal-documents.json, each with its own source.
    sources: [
      { doc: 'qd-292-2025', article: 'thay thế QĐ 2568/QĐ-BTTTT và QĐ 1729/QĐ-BTTTT' },
      { doc: 'nd-194-2025', article: 'Điều 40 (bãi bỏ NĐ 47/2024/NĐ-CP)' },
      { doc: 'tt-12-2022', article: 'thay thế TT 03/2017/TT-BTTTT' },
    ],
    confidence: 'verified',
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const docs = ctx.data.legalDocuments().filter((d) => d.repealedOn && d.repealedOn <= ctx.asOf);
    const byId = new Map(ctx.data.legalDocuments().map((d) => [d.id, d]));
    const numbers = docs.map((d) => [d, normaliseCitation(d.number)] as const);
    // Elements cite the same few texts: each is matched once.
    const matched = new Map<string, (typeof docs)[number] | undefined>();
    const match = (text: string) => {
      if (!matched.has(text)) {
        const t = normaliseCitation(text);
        matched.set(text, numbers.find(([, n]) => t.includes(n))?.[0]);
      }
      return matched.get(text);
    };
    // Each finding cites what ended the text it is about: the text that replaced it, else the text itself (its end is
    // in the message, in the reader's language).
    const report = (doc: (typeof docs)[number], at: { manifest: (string | number)[] } | { element: string; field: string; index: number }) => {
      const successor = doc.repealedBy ? byId.get(doc.repealedBy) : undefined;
      const sources = [{ doc: (successor ?? doc).id }];
      ctx.report({ messageId: repealVerified(doc) ? ('repealed' as const) : ('repealed-unverified' as const), data: { number: doc.number, since: doc.repealedOn!, successor: successor?.number ?? '—' }, ...at, sources });
    };
    const bases = ctx.model.manifest.contents?.legalBases;
    if (Array.isArray(bases)) bases.forEach((b, index) => {
      const doc = match(String((b as { number?: unknown }).number ?? ''));
      if (doc) report(doc, { manifest: ['contents', 'legalBases', index, 'number'] });
    });
    for (const el of ctx.model.elements) {
      (el.legalBasis ?? []).forEach((text, index) => {
        const doc = match(text);
        if (doc) report(doc, { element: el.id, field: 'legalBasis', index });
      });
    }
  },
);
