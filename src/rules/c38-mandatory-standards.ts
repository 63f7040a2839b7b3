import { inForce } from '../catalog/catalog.js';
import { ALL_PROFILES, createRule } from './create-rule.js';
import { fieldOf, type Element } from '../model/types.js';
import { standardIds } from './helpers.js';

/**
 * C38: a mandatory (bắt buộc) standard of TT 39/2017 is adopted, or waived with a reason, where its domain is used
 * (HTTP where there are web-service integrations, SMTP/MIME where there is a mail system…, from standards.json
 * `usedBy`); the finding sits on the first element that uses the domain. No domain in use, no finding.
 */
export default createRule(
  {
    id: 'C38',
    slug: 'mandatory-standards',
    title: { vi: 'Áp dụng tiêu chuẩn bắt buộc ở nơi lĩnh vực của nó được sử dụng', en: 'Mandatory standards are adopted where their domain is used' },
    hint: {
      vi: 'Khai báo phần tử standard có `catalogueRef` tới tiêu chuẩn bắt buộc, hoặc ghi `waiverReason` nếu không áp dụng.',
      en: 'Declare a standard element whose `catalogueRef` names the mandatory standard, or give a `waiverReason` where it does not apply.',
    },
    messages: {
      'missing-mandatory': {
        vi: '{count} phần tử dùng lĩnh vực "{purpose}" (đầu tiên: "{first}") nhưng kiến trúc chưa nêu áp dụng tiêu chuẩn bắt buộc {standard} ({name})',
        en: '{count} element(s) use "{purposeEn}" (first: "{first}") but the architecture does not state the mandatory standard {standard} ({nameEn})',
      },
    },
    profiles: ALL_PROFILES,
    validFrom: 'source',
    sources: [{ doc: 'tt-39-2017', article: 'Điều 2, Điều 3' }],
    confidence: 'unverified',
    confidenceNote: {
      vi: 'Chỉ xét các dòng danh mục đã kiểm chứng (tùy chọn includeUnverified để xét tất cả); việc gán mỗi tiêu chuẩn với nơi dùng lĩnh vực của nó (usedBy) là suy luận [I]',
      en: 'Only verified catalogue rows are considered (option includeUnverified for all); mapping each standard to where its domain is used (usedBy) is an inference [I]',
    },
    category: 'technology',
    defaultSeverity: 'warning',
    options: { includeUnverified: { description: { vi: 'Xét cả các dòng chưa kiểm chứng', en: 'Also consider unverified rows' }, default: false, schema: { type: 'boolean' } } },
  },
  (ctx) => {
    // Adopted architecture-wide: a standard element naming the catalogue row, or any element citing it.
    const refs = [
      ...ctx.elements('standard').map((s) => s.id),
      ...ctx.model.elements.flatMap((e) => [...('protocols' in e ? e.protocols ?? [] : []), ...('standards' in e ? e.standards ?? [] : [])]),
    ];
    const adopted = standardIds(ctx.model, refs);
    for (const e of ctx.catalogues.entries('std')) {
      if (e.status !== 'bat_buoc' || !inForce(e, ctx.asOf) || adopted.has(e.id)) continue;
      if (e.verified !== true && ctx.options.includeUnverified !== true) continue;
      // A standard is mandatory within its own domain: only where the model uses it, and reported there.
      const users = ctx.model.elements.filter((el) => usedByOf(e).some((sel) => matches(el, sel)));
      if (users.length === 0) continue;
      const purpose = (e.purpose ?? e.name) as { vi: string; en: string };
      ctx.report({
        messageId: 'missing-mandatory',
        data: { standard: `std:${e.id}`, name: e.name.vi, nameEn: e.name.en, purpose: purpose.vi, purposeEn: purpose.en, first: users[0]!.id, count: users.length },
        element: users[0]!.id,
      });
    }
  },
);

/** Where a catalogue row's domain is used: element kind and field values, or a tag (standards.json `usedBy`). */
interface DomainSelector {
  kind?: string;
  field?: string;
  in?: string[];
  tag?: string;
}

const usedByOf = (e: Record<string, unknown>): DomainSelector[] => (Array.isArray(e.usedBy) ? (e.usedBy as DomainSelector[]) : []);

function matches(el: Element, sel: DomainSelector): boolean {
  if (sel.kind && el.kind !== sel.kind) return false;
  if (sel.tag && !el.tags?.includes(sel.tag)) return false;
  if (sel.field) {
    const v = fieldOf(el, sel.field);
    if (typeof v !== 'string' || !(sel.in ?? []).includes(v)) return false;
  }
  return true;
}
