import { createRule, FROM_2_0 } from './create-rule.js';
import { KIND_INFO, type Kind } from '../model/kinds.js';

/**
 * Kinds that must carry a reference-model code: every kind a reference model classifies — functions (BRM), data
 * entities and databases (DRM), systems and platforms (ARM), technology (TRM), security (SRM). A public service
 * carries its TTHC code instead, and an integration joins two classified elements, so those two are checked only
 * when they carry a code.
 */
const REQUIRED: Kind[] = ['business-function', 'data-entity', 'database', 'information-system', 'platform', 'technology-component', 'security-control'];
const PATTERN = /^(BRM|DRM|ARM|TRM|SRM)\d{3}(\.\d{3})*$/;

/** C05: reference-model codes exist and their prefix matches the element's kind. */
export default createRule(
  {
    id: 'C05',
    slug: 'reference-model-code',
    title: { vi: 'Phần tử có mã mô hình tham chiếu đúng loại', en: 'Elements carry a reference-model code of their own model' },
    hint: {
      vi: 'Thêm trường `refModel` theo mô hình tham chiếu của khung (ví dụ ARM001.002 cho hệ thống thông tin).',
      en: 'Add `refModel` from the framework reference model (e.g. ARM001.002 for an information system).',
    },
    messages: {
      missing: { vi: '{kind} "{id}" chưa có mã {model}', en: '{kindEn} "{id}" has no {model} code' },
      'wrong-model': { vi: 'Mã {code} thuộc mô hình {actual}, nhưng {kind} dùng mô hình {model}', en: 'Code {code} belongs to {actual}, but a {kindEn} uses {model}' },
    },
    profiles: FROM_2_0,
    sources: [{ doc: 'qd-2323-2019', article: 'Mô hình tham chiếu BRM, DRM, ARM, TRM, SRM; mã DRM (dự thảo 3, 05/2019)' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Mẫu mã cho BRM/ARM/TRM/SRM suy ra từ DRM [I]', en: 'The BRM/ARM/TRM/SRM code pattern is inferred from DRM [I]' },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    for (const el of ctx.model.elements) {
      const model = KIND_INFO[el.kind].referenceModel;
      if (!model) continue;
      const code = el.refModel;
      const data = { kind: KIND_INFO[el.kind].label.vi, kindEn: KIND_INFO[el.kind].label.en, id: el.id, model };
      if (!code) {
        if (REQUIRED.includes(el.kind)) {
          ctx.elements(el.kind);
          ctx.report({ messageId: 'missing', data, element: el.id });
        }
        continue;
      }
      ctx.elements(el.kind);
      // The schema already enforces the XRMnnn(.nnn)* pattern; here the prefix must match the kind.
      if (PATTERN.test(code) && !code.startsWith(model)) ctx.report({ messageId: 'wrong-model', data: { ...data, code, actual: code.slice(0, 3) }, element: el.id, field: 'refModel' });
    }
  },
);
