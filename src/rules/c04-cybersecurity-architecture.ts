import { createRule, FROM_3_0 } from './create-rule.js';
import { citedLegalTexts, cites } from './helpers.js';
import { topicLawsInForce, type LegalDocument } from './data.js';

/**
 * C04: from 3.0 the security architecture is "an toàn thông tin mạng, an ninh mạng", aligned with both
 * security laws. The component's title comes from the profile data; what the repository can get wrong is
 * its legal basis, so the rule checks that both laws (or the 2025 law that merges them) are cited.
 */
const TOPIC = 'cybersecurity';

export default createRule(
  {
    id: 'C04',
    slug: 'cybersecurity-architecture',
    title: {
      vi: 'Kiến trúc an toàn thông tin mạng, an ninh mạng căn cứ cả hai luật về an toàn, an ninh mạng',
      en: 'The network-security and cybersecurity architecture rests on both security laws',
    },
    hint: {
      vi: 'Thêm vào `contents.legalBases` luật về an toàn, an ninh mạng mà phát hiện nêu (luật có hiệu lực vào ngày đánh giá).',
      en: 'Add to `contents.legalBases` the security law the finding names (the one in force on the assessment date).',
    },
    messages: {
      'missing-law': { vi: 'Căn cứ pháp lý chưa có {law} ({number})', en: 'The legal bases do not cite the {lawEn} ({number})' },
    },
    profiles: FROM_3_0,
    sources: [
      { doc: 'qd-2568-2023', article: 'SRM: Mô hình tham chiếu An toàn thông tin mạng, an ninh mạng' },
      { doc: 'qd-292-2025', article: 'SRM' },
    ],
    confidence: 'verified',
    confidenceNote: { vi: 'SRM của khung 3.0 đã kiểm chứng; khung 4.0 giữ SRM này theo bản tóm tắt, chưa đối chiếu văn bản [M]', en: 'The 3.0 SRM is verified; that 4.0 keeps it comes from a summary, not the text [M]' },
    category: 'security',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const texts = citedLegalTexts(ctx.model);
    const at = ctx.model.manifest.contents?.legalBases ? ['contents', 'legalBases'] : [];
    // The security laws in force on the assessment date (legal-documents.json, topic cybersecurity): before
    // 01/07/2026 Luật 86/2015 and Luật 24/2018, from then Luật 116/2025, which replaces both. Citing a later
    // law on the topic that is already issued stands for an earlier one. Citing a law this one replaced is not an
    // absence but an outdated citation: C44 reports it, with this law as its successor.
    const docs = ctx.data.legalDocuments();
    const later = (d: LegalDocument) => docs.filter((x) => x.topics?.includes(TOPIC) && x.issued !== undefined && d.issued !== undefined && x.issued > d.issued && x.issued <= ctx.asOf);
    const replaced = (d: LegalDocument) => docs.filter((x) => x.repealedBy === d.id && x.repealedOn !== undefined && x.repealedOn <= ctx.asOf);
    for (const law of topicLawsInForce(docs, TOPIC, ctx.asOf)) {
      if ([law, ...later(law), ...replaced(law)].some((d) => cites(texts, d.number))) continue;
      ctx.report({ messageId: 'missing-law', data: { law: law.title?.vi ?? law.number, lawEn: law.title?.en ?? law.number, number: law.number }, manifest: at });
    }
  },
);
