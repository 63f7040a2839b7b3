import { ALL_PROFILES, createRule } from './create-rule.js';
import { normaliseCitation } from './helpers.js';
import { securityLevelOf } from '../model/queries.js';
import { dayMonthYear, effectiveDate } from './legal-sources.js';

/** C14: from 01/03/2025 level-4/5 appraisal is by Bộ Công an, not Bộ TT&TT / Cục ATTT. */
export default createRule(
  {
    id: 'C14',
    slug: 'security-authority',
    title: { vi: 'Thẩm định cấp độ 4–5 sau 01/03/2025 thuộc Bộ Công an', en: 'Level 4–5 appraisal after 01/03/2025 is by the Ministry of Public Security' },
    hint: { vi: 'Ghi cơ quan thẩm định là Bộ Công an (A05) cho các quyết định từ 01/03/2025.', en: 'Name the Ministry of Public Security (A05) as appraiser for decisions from 01/03/2025.' },
    messages: {
      'old-authority': { vi: 'Hệ thống "{id}" cấp {level} được thẩm định ngày {date} bởi "{authority}", nhưng từ {since} chức năng này thuộc Bộ Công an', en: 'System "{id}" at level {level} was appraised on {date} by "{authority}", but since {since} that function belongs to the Ministry of Public Security' },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'bg-attt-2025' }],
    confidence: 'verified',
    category: 'security',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const old = /BTTTT|CATTT|THONGTINVATRUYENTHONG|ANTOANTHONGTIN/;
    const handover = effectiveDate('bg-attt-2025', 'C14'); // the security function moved to Bộ Công an
    for (const sys of ctx.elements('information-system', 'platform')) {
      const level = securityLevelOf(sys);
      const a = sys.securityApproval;
      if (level === undefined || level < 4 || !a?.date || a.date < handover) continue;
      const field = a.appraisedBy && old.test(normaliseCitation(a.appraisedBy)) ? a.appraisedBy : a.decision && old.test(normaliseCitation(a.decision)) ? a.decision : undefined;
      if (field) ctx.report({ messageId: 'old-authority', data: { id: sys.id, level, date: a.date, authority: field, since: dayMonthYear(handover) }, element: sys.id, field: 'securityApproval' });
    }
  },
);
