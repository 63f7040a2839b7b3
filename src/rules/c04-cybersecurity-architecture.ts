import { createRule, FROM_3_0 } from './create-rule.js';
import { citedLegalTexts, cites } from './helpers.js';
import { effectiveDate, legalDocument } from './legal-sources.js';

/**
 * C04: from 3.0 the security architecture is "an toàn thông tin mạng, an ninh mạng", aligned with both
 * security laws. The component's title comes from the profile data; what the repository can get wrong is
 * its legal basis, so the rule checks that both laws (or the 2025 law that merges them) are cited.
 */
const number = (id: string): string => legalDocument(id, 'C04').number;
/** The 2025 law that merges both (legal-documents.json gives its number and the day it takes effect). */
const MERGED = 'luat-116-2025';

export default createRule(
  {
    id: 'C04',
    slug: 'cybersecurity-architecture',
    title: {
      vi: 'Kiến trúc an toàn thông tin mạng, an ninh mạng căn cứ cả hai luật về an toàn, an ninh mạng',
      en: 'The network-security and cybersecurity architecture rests on both security laws',
    },
    hint: {
      vi: 'Thêm vào `contents.legalBases` Luật An toàn thông tin mạng 86/2015/QH13 và Luật An ninh mạng 24/2018/QH14 (hoặc Luật An ninh mạng 116/2025/QH15 từ 01/07/2026).',
      en: 'Add to `contents.legalBases` the Network Information Security Law 86/2015/QH13 and the Cybersecurity Law 24/2018/QH14 (or Cybersecurity Law 116/2025/QH15 from 01/07/2026).',
    },
    messages: {
      'missing-law': { vi: 'Căn cứ pháp lý chưa có {law} ({number})', en: 'The legal bases do not cite the {lawEn} ({number})' },
    },
    profiles: FROM_3_0,
    sources: [{ doc: 'qd-2568-2023', article: 'SRM: Mô hình tham chiếu An toàn thông tin mạng, an ninh mạng' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const texts = citedLegalTexts(ctx.model);
    const at = ctx.model.manifest.contents?.legalBases ? ['contents', 'legalBases'] : [];
    // From the day the 2025 law takes effect it is the one law to cite (the two it replaces are repealed: C44).
    if (ctx.asOf >= effectiveDate(MERGED, 'C04')) {
      if (!cites(texts, number(MERGED))) ctx.report({ messageId: 'missing-law', data: { law: 'Luật An ninh mạng', lawEn: 'Cybersecurity Law', number: number(MERGED) }, manifest: at });
      return;
    }
    const laws = [
      { id: 'luat-86-2015', law: 'Luật An toàn thông tin mạng', lawEn: 'Network Information Security Law' },
      { id: 'luat-24-2018', law: 'Luật An ninh mạng', lawEn: 'Cybersecurity Law' },
    ];
    for (const { id, law, lawEn } of laws) {
      if (![number(id), number(MERGED)].some((n) => cites(texts, n))) ctx.report({ messageId: 'missing-law', data: { law, lawEn, number: number(id) }, manifest: at });
    }
  },
);
