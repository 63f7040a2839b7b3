/** Domain questions about elements that more than one stage asks (rules, diff, documents): one answer each. */
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
