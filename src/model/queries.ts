/** Domain questions about elements that more than one stage asks (rules, diff, documents): one answer each. */
import type { ApproxCount } from './generated/elements.js';
import { ofKind, type ArchitectureModel, type Element, type ElementOf } from './types.js';

/** The declared security level (cấp độ, NĐ 85/2016) of an element that has one. */
export const securityLevelOf = (el: Element | undefined): number | undefined => (el && 'securityLevel' in el ? el.securityLevel : undefined);

/** A data entity that holds personal data: flagged `personal`, or classified `personal`. */
const isPersonalEntity = (e: ElementOf<'data-entity'>): boolean => e.personal === true || e.classification === 'personal';

/** An integration that carries personal data: declared so, or carrying a personal data entity. */
export function carriesPersonalData(model: ArchitectureModel, itg: ElementOf<'integration'>): boolean {
  if (itg.carriesPersonalData === true) return true;
  return (itg.dataEntities ?? []).some((id) => {
    const ent = ofKind(model.byId.get(id), 'data-entity');
    return ent !== undefined && isPersonalEntity(ent);
  });
}

/** A count as written: a number, or an estimate `{value, qualifier}` ("over 10,000", "about 100 million"). */
type Count = ApproxCount;

/** The smallest number a count is known to reach: the number, or an estimate's value (0 for "under …"). */
export const countAtLeast = (c: Count | undefined): number | undefined => (c === undefined ? undefined : typeof c === 'number' ? c : c.qualifier === 'under' ? 0 : c.value);

/** A count in language-neutral writing: `10000`, `> 10000`, `≈ 100000000`, `< 500`. */
export const countText = (c: Count): string => (typeof c === 'number' ? String(c) : `${{ about: '≈', over: '>', under: '<' }[c.qualifier]} ${c.value}`);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first day of a period written as a year, a month or a day ("2025" → 2025-01-01, "2025-06" → 2025-06-01). */
export const periodStart = (p: string): string => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p);

/** The last day of a period written as a year, a month or a day ("2025" → 2025-12-31, "2024-02" → 2024-02-29). */
export function periodEnd(p: string): string {
  if (p.length === 4) return `${p}-12-31`;
  if (p.length !== 7) return p;
  const year = Number(p.slice(0, 4));
  const month = Number(p.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${p}-${month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]}`;
}

/** Data entities carried by an integration that ends at or passes through a platform (`national:ndc-coordination`). */
export function dataSharedThrough(integrations: readonly ElementOf<'integration'>[], platform: string): Set<string> {
  const shared = new Set<string>();
  for (const i of integrations) if (i.to === platform || i.via?.includes(platform)) for (const d of i.dataEntities ?? []) shared.add(d);
  return shared;
}
