import { ALL_PROFILES, createRule } from './create-rule.js';
import { deadlineDate } from './data.js';
import { elementsOfKind } from '../model/by-kind.js';
import type { ElementOf } from '../model/types.js';
import { notYetBuilt } from './helpers.js';
import { periodStart } from '../model/queries.js';

/**
 * C26: master data the ministry is the source of is shared via the national data coordination platform by the
 * deadline NĐ 278/2025 sets (legal-documents.json `deadlines`). After the deadline the duty does not end: an
 * unshared entity is overdue. A sharing integration not built yet whose delivering project ends after the
 * deadline is reported at the project.
 */
const DEADLINE = { doc: 'nd-278-2025', id: 'master-data-sharing' };
export default createRule(
  {
    id: 'C26',
    slug: 'mandatory-sharing',
    title: { vi: 'Dữ liệu chủ của bộ được chia sẻ qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia', en: 'The ministry\'s master data is shared through the national data coordination platform' },
    hint: { vi: 'Khai báo integration mang thực thể dữ liệu (`dataEntities`) với `via: [national:ndc-coordination]`.', en: 'Declare an integration carrying the entity (`dataEntities`) with `via: [national:ndc-coordination]`.' },
    messages: {
      'not-shared': { vi: 'Dữ liệu chủ "{id}" (nguồn {source}) chưa được chia sẻ qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia (hạn {deadline})', en: 'Master data "{id}" (source {source}) is not shared through the national data coordination platform (deadline {deadline})' },
      overdue: { vi: 'Dữ liệu chủ "{id}" (nguồn {source}) vẫn chưa được chia sẻ qua Nền tảng chia sẻ, điều phối dữ liệu quốc gia, đã quá hạn {deadline}', en: 'Master data "{id}" (source {source}) is still not shared through the national data coordination platform, past the deadline {deadline}' },
      'late-project': { vi: 'Dự án "{project}" đưa vào kết nối chia sẻ dữ liệu chủ "{id}" nhưng kết thúc ngày {end}, sau hạn {deadline}', en: 'Project "{project}" delivers the sharing of master data "{id}" but ends on {end}, after the deadline {deadline}' },
    },
    profiles: ALL_PROFILES,
    // legal-documents.json records no effective date for NĐ 278/2025: the rule applies from the day it was issued.
    validFrom: { issued: 'nd-278-2025' },
    sources: [{ doc: 'nd-278-2025', article: 'Kết nối, chia sẻ dữ liệu bắt buộc; thời hạn 31/12/2026' }],
    confidence: 'verified',
    category: 'data',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const deadline = deadlineDate(ctx.data.legalDocuments(), DEADLINE, 'C26');
    // The integrations that share each data entity through the national coordination platform, from one pass.
    const sharing = new Map<string, ElementOf<'integration'>[]>();
    for (const i of elementsOfKind(ctx.model, 'integration')) {
      if (!(i.via?.includes('national:ndc-coordination') || i.to === 'national:ndc-coordination')) continue;
      for (const e of i.dataEntities ?? []) (sharing.get(e) ?? sharing.set(e, []).get(e)!).push(i);
    }
    const deliveredBy = new Map<string, ElementOf<'project'>[]>();
    for (const p of elementsOfKind(ctx.model, 'project')) for (const d of p.delivers ?? []) (deliveredBy.get(d) ?? deliveredBy.set(d, []).get(d)!).push(p);
    for (const ent of ctx.elements('data-entity')) {
      const source = ent.authoritativeSource;
      if (ent.masterData !== true || !source || !ctx.model.byId.has(source)) continue;
      const links = sharing.get(ent.id) ?? [];
      if (links.length === 0) {
        ctx.report({ messageId: ctx.asOf > deadline ? ('overdue' as const) : ('not-shared' as const), data: { id: ent.id, source, deadline }, element: ent.id });
        continue;
      }
      // Shared only by integrations still to be built: the projects that deliver them must end by the deadline.
      if (links.some((i) => !notYetBuilt(i))) continue;
      for (const p of links.flatMap((i) => deliveredBy.get(i.id) ?? [])) {
        // A project that names this deadline (`deadline: nd-278-2025#master-data-sharing`) is judged by C56 alone.
        if (p.deadline === `${DEADLINE.doc}#${DEADLINE.id}`) continue;
        if (p.end && periodStart(p.end) > deadline) ctx.report({ messageId: 'late-project', data: { project: p.id, id: ent.id, end: p.end, deadline }, element: p.id, field: 'end' });
      }
    }
  },
);
