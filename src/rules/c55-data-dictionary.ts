import { ALL_PROFILES, createRule } from './create-rule.js';

/**
 * C55: master data shared across the political system follows the common data dictionary (NĐ 278/2025/NĐ-CP on
 * mandatory data connection and sharing). A master-data entity states its code in that dictionary
 * (`dictionaryRef`). Only "not stated" is reported: the dictionary itself is not in the catalogues, so a code is
 * never judged wrong. The article is not checked: the rule informs.
 */
export default createRule(
  {
    id: 'C55',
    slug: 'data-dictionary',
    title: { vi: 'Dữ liệu chủ ghi mã trong từ điển dữ liệu dùng chung', en: 'Master data states its code in the common data dictionary' },
    hint: {
      vi: 'Thêm `dictionaryRef: <mã>` theo từ điển dữ liệu dùng chung cho thực thể dữ liệu chủ.',
      en: 'Add `dictionaryRef: <code>` from the common data dictionary to the master-data entity.',
    },
    messages: {
      'not-stated': {
        vi: 'Dữ liệu chủ "{id}" chưa ghi mã trong từ điển dữ liệu dùng chung',
        en: 'Master data "{id}" does not state its code in the common data dictionary',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: { issued: 'nd-278-2025' },
    sources: [{ doc: 'nd-278-2025', article: 'Từ điển dữ liệu dùng chung' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Nghĩa vụ theo bản tóm tắt issue #16; điều khoản chưa đối chiếu', en: 'The duty as summarised in issue #16; the article is unchecked' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    for (const ent of ctx.elements('data-entity')) {
      if (ent.masterData === true && ent.replica !== true && !ent.dictionaryRef) ctx.report({ messageId: 'not-stated', data: { id: ent.id }, element: ent.id });
    }
  },
);
