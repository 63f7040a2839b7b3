import { ALL_PROFILES, createRule } from './create-rule.js';
import { linkedTo } from './helpers.js';

const POPULATION = 'national:csdlqg-dan-cu';

/**
 * C51: once only — a citizen is not asked again for data the state already holds. A public service that uses
 * data whose source is the national population database (`authoritativeSource` or `copyOf`) is processed by a
 * system linked to that database, so the data is looked up rather than asked for (NĐ 45/2020/NĐ-CP on
 * procedures in the electronic environment; Đề án 06). The article is not checked: the rule informs.
 */
export default createRule(
  {
    id: 'C51',
    slug: 'once-only',
    title: { vi: 'Không yêu cầu người dân cung cấp lại dữ liệu đã có trong CSDL quốc gia về dân cư', en: 'Citizens are not asked again for data the national population database holds' },
    hint: {
      vi: 'Liên kết hệ thống giải quyết thủ tục với `national:csdlqg-dan-cu` (trong `uses` hoặc qua một kết nối) để khai thác dữ liệu thay vì yêu cầu nộp lại.',
      en: 'Link the system processing the procedure to `national:csdlqg-dan-cu` (in `uses` or through an integration) so the data is looked up instead of asked for.',
    },
    messages: {
      'asks-again': {
        vi: 'Thủ tục "{id}" dùng dữ liệu "{entity}" có nguồn là CSDL quốc gia về dân cư, nhưng hệ thống giải quyết "{system}" không kết nối CSDL đó',
        en: 'Procedure "{id}" uses "{entity}", whose source is the national population database, but its system "{system}" is not connected to that database',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: { issued: 'nd-45-2020' },
    sources: [
      { doc: 'nd-45-2020', article: 'Không yêu cầu cung cấp lại thông tin đã có trong cơ sở dữ liệu' },
      { doc: 'qd-06-2022', article: 'Khai thác CSDL quốc gia về dân cư trong giải quyết thủ tục hành chính' },
    ],
    confidence: 'unverified',
    confidenceNote: { vi: 'Điều khoản của NĐ 45/2020 về nguyên tắc “chỉ cung cấp một lần” chưa đối chiếu', en: 'The article of NĐ 45/2020 on the once-only principle is unchecked' },
    category: 'data',
    defaultSeverity: 'info',
  },
  (ctx) => {
    const fromPopulation = new Set(ctx.elements('data-entity').filter((e) => e.authoritativeSource === POPULATION || e.copyOf === POPULATION).map((e) => e.id));
    if (fromPopulation.size === 0) return;
    for (const svc of ctx.elements('public-service')) {
      const entity = (svc.dataEntities ?? []).find((id) => fromPopulation.has(id));
      const system = svc.processedBy;
      if (!entity || !system || linkedTo(ctx.model, system, [POPULATION])) continue;
      ctx.report({ messageId: 'asks-again', data: { id: svc.id, entity, system }, element: svc.id, field: 'processedBy' });
    }
  },
);
