/** Model queries shared by several rules. Pure functions over the model; no positions, no severities. */
import { parseCatalogueRef } from '../catalog/catalog.js';
import type { ArchitectureModel, Element } from '../model/types.js';

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Ids of the ministry's own integration platforms (LGSP: platformType lgsp, not of national level). */
export function lgspIds(model: ArchitectureModel): string[] {
  return model.elements.filter((e) => e.kind === 'platform' && e.platformType === 'lgsp' && e.level !== 'national' && e.level !== 'province').map((e) => e.id);
}

/** True when `ref` is outside the ministry: a national component, another ministry or a province. */
export function isExternal(ref: string): boolean {
  return parseCatalogueRef(ref) !== undefined && !ref.startsWith('std:');
}

/** Systems that list `id` among their subsystems, transitively (a subsystem works through its parents' links). */
export function ancestorsOf(model: ArchitectureModel, id: string): string[] {
  const out: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const cur = queue.shift()!;
    for (const r of model.references) {
      if (r.field === 'subsystems' && r.to === cur && !out.includes(r.from) && r.from !== id) {
        out.push(r.from);
        queue.push(r.from);
      }
    }
  }
  return out;
}

/**
 * Every element or catalogue id an element is linked to: its own reference fields and the integrations it
 * is an end of, and the same for the systems it is a subsystem of.
 */
export function linksOf(model: ArchitectureModel, id: string): Set<string> {
  const out = new Set<string>();
  const ids = new Set([id, ...ancestorsOf(model, id)]);
  for (const r of model.references) if (ids.has(r.from) && r.field !== 'owner') out.add(r.to);
  for (const e of model.elements) {
    if (e.kind !== 'integration') continue;
    const from = str(e.from);
    const to = str(e.to);
    if (from && ids.has(from) && to) {
      out.add(to);
      for (const v of strs(e.via)) out.add(v);
    }
    if (to && ids.has(to) && from) {
      out.add(from);
      for (const v of strs(e.via)) out.add(v);
    }
  }
  return out;
}

/** True when element `id` is linked to `target` directly, or through one of its platforms' connections. */
export function linkedTo(model: ArchitectureModel, id: string, targets: readonly string[]): boolean {
  const links = linksOf(model, id);
  return targets.some((t) => links.has(t));
}

/** Catalogue ids (without `std:`) of the standards a list of references names: `std:x` directly, standard elements by their catalogueRef. */
export function standardIds(model: ArchitectureModel, refs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const ref of refs) {
    if (ref.startsWith('std:')) out.add(ref.slice(4));
    else {
      const el = model.byId.get(ref);
      const cat = el?.kind === 'standard' ? str(el.catalogueRef) : undefined;
      if (cat?.startsWith('std:')) out.add(cat.slice(4));
    }
  }
  return out;
}

export const hasAny = (set: ReadonlySet<string>, ids: readonly string[]): boolean => ids.some((i) => set.has(i));

/** User-group types an element serves (its `users` field). */
export function userTypes(model: ArchitectureModel, el: Element): Set<string> {
  return new Set(strs(el.users).map((u) => str(model.byId.get(u)?.groupType)).filter((t): t is string => !!t));
}

/** Public services processed by a system. */
export function servicesOf(model: ArchitectureModel, systemId: string): Element[] {
  return model.elements.filter((e) => e.kind === 'public-service' && e.processedBy === systemId);
}

export const levelOf = (el: Element | undefined): number | undefined => num(el?.securityLevel);

/** Whole years between two ISO dates (b after a), by calendar. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${date.slice(4)}`;
}

/** Every legal basis the architecture cites: manifest `contents.legalBases[].number` and elements' `legalBasis` texts, normalised. */
export function citedLegalTexts(model: ArchitectureModel): string[] {
  const out: string[] = [];
  const bases = model.manifest.contents?.legalBases;
  if (Array.isArray(bases)) for (const b of bases) if (b && typeof b === 'object' && typeof (b as { number?: unknown }).number === 'string') out.push((b as { number: string }).number);
  for (const e of model.elements) out.push(...strs(e.legalBasis));
  return out.map(normaliseCitation);
}

/** Upper-case, no diacritics, Đ→D, no spaces: "Luật 86/2015/QH13" → "LUAT86/2015/QH13". */
export function normaliseCitation(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/Đ/g, 'D').replace(/\s+/g, '');
}

export const cites = (texts: readonly string[], number: string): boolean => {
  const n = normaliseCitation(number);
  return texts.some((t) => t.includes(n));
};
