import { ALL_PROFILES, createRule } from './create-rule.js';
import { notYetBuilt } from './helpers.js';
import { periodStart } from '../model/queries.js';
import { closest } from '../util/suggest.js';

/**
 * C56: a project that names the legal deadline it serves (`deadline: nd-278-2025#master-data-sharing`, a deadline
 * of legal-documents.json) is planned to end by it. Reported: a deadline the catalogue does not hold; a project
 * that states no end; one whose end is after the deadline (only when it certainly is: an end written as a year
 * or month is late when its first day is); and, on an assessment date past the deadline, one not yet delivered.
 * The deadline's own date is as verified as its catalogue entry: the rule warns.
 */
export default createRule(
  {
    id: 'C56',
    slug: 'project-deadline',
    title: { vi: 'Dự án hoàn thành trước thời hạn pháp lý mà nó phục vụ', en: 'A project ends by the legal deadline it serves' },
    hint: {
      vi: 'Đặt `end` của dự án không muộn hơn thời hạn, hoặc điều chỉnh kế hoạch; mã thời hạn xem trong `arch catalog legal`.',
      en: "Set the project's `end` no later than the deadline, or revise the plan; deadline ids are listed by `arch catalog legal`.",
    },
    messages: {
      'unknown-deadline': { vi: 'Dự án "{id}" nêu thời hạn "{deadline}" không có trong danh mục văn bản{suggestion}', en: 'Project "{id}" names the deadline "{deadline}", which the legal-documents catalogue does not hold{suggestion}' },
      'no-end': { vi: 'Dự án "{id}" phục vụ thời hạn {date} ({document}) nhưng chưa ghi thời điểm kết thúc', en: 'Project "{id}" serves the deadline {date} ({document}) but states no end' },
      'ends-after': { vi: 'Dự án "{id}" kết thúc {end}, sau thời hạn {date} ({document}: {what})', en: 'Project "{id}" ends {end}, after the deadline {date} ({document}: {whatEn})' },
      overdue: { vi: 'Dự án "{id}" chưa hoàn thành dù đã quá thời hạn {date} ({document}: {what})', en: 'Project "{id}" is not delivered although the deadline {date} has passed ({document}: {whatEn})' },
    },
    profiles: ALL_PROFILES,
    validFrom: { issued: 'nd-278-2025' },
    sources: [{ doc: 'nd-278-2025', article: 'thời hạn hoàn thành kết nối, chia sẻ dữ liệu chủ (và các thời hạn khác trong danh mục văn bản)' }],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'So sánh ngày là chắc chắn; ngày của thời hạn đúng như mục danh mục của nó (có thể chưa kiểm chứng)',
      en: 'The date comparison is exact; the deadline date is as verified as its catalogue entry',
    },
    category: 'governance',
    defaultSeverity: 'warning',
  },
  (ctx) => {
    const documents = ctx.data.legalDocuments();
    const known = documents.flatMap((d) => (d.deadlines ?? []).map((x) => `${d.id}#${x.id}`));
    for (const p of ctx.elements('project')) {
      if (!p.deadline) continue;
      const [docId, deadlineId] = p.deadline.split('#') as [string, string];
      const doc = documents.find((d) => d.id === docId);
      const deadline = doc?.deadlines?.find((x) => x.id === deadlineId);
      if (!doc || !deadline) {
        const guess = closest(p.deadline, known);
        ctx.report({ messageId: 'unknown-deadline', data: { id: p.id, deadline: p.deadline, suggestion: guess ? ` — ${guess}?` : '' }, element: p.id, field: 'deadline' });
        continue;
      }
      const data = { id: p.id, date: deadline.date, document: doc.number, what: deadline.what.vi, whatEn: deadline.what.en };
      if (!p.end) ctx.report({ messageId: 'no-end', data, element: p.id, field: 'deadline' });
      else if (periodStart(p.end) > deadline.date) ctx.report({ messageId: 'ends-after', data: { ...data, end: p.end }, element: p.id, field: 'end' });
      else if (ctx.asOf > deadline.date && notYetBuilt(p)) ctx.report({ messageId: 'overdue', data, element: p.id, field: 'deadline' });
    }
  },
);
