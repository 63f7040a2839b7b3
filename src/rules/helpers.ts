/** Model queries shared by several rules. Pure functions over the model; no positions, no severities. */
import { elementsOfKind } from '../model/by-kind.js';
import { foldDiacritics } from '../util/fold-diacritics.js';
import { ofKind, type ArchitectureModel, type Element, type ElementOf } from '../model/types.js';

/** Ids of the owner's own integration platforms (LGSP: platformType lgsp, of the owner's level: a ministry's or a province's; no level stated counts as its own). */
export function lgspIds(model: ArchitectureModel): string[] {
  const own = model.owner.ns === 'province' ? 'province' : 'ministry';
  return elementsOfKind(model, 'platform').filter((e) => e.platformType === 'lgsp' && (e.level === undefined || e.level === own)).map((e) => e.id);
}

interface LinkIndex {
  /** Reference targets by source element (owner edges excluded). */
  out: Map<string, string[]>;
  /** Parent systems by subsystem. */
  parents: Map<string, string[]>;
  /** Integrations by each of their ends. */
  integrations: Map<string, ElementOf<'integration'>[]>;
}

const INDEX = new WeakMap<ArchitectureModel, LinkIndex>();

/** Adjacency built once per model, so per-element link queries stay linear overall. */
function linkIndex(model: ArchitectureModel): LinkIndex {
  let index = INDEX.get(model);
  if (index) return index;
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  index = { out: new Map(), parents: new Map(), integrations: new Map() };
  for (const r of model.references) {
    if (r.field !== 'owner') push(index.out, r.from, r.to);
    if (r.field === 'subsystems') push(index.parents, r.to, r.from);
  }
  for (const e of elementsOfKind(model, 'integration')) {
    for (const end of new Set([e.from, e.to])) push(index.integrations, end, e);
  }
  INDEX.set(model, index);
  return index;
}

/** Systems that list `id` among their subsystems, transitively (a subsystem works through its parents' links). */
export function ancestorsOf(model: ArchitectureModel, id: string): string[] {
  const { parents } = linkIndex(model);
  const out: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    for (const p of parents.get(queue.shift()!) ?? []) {
      if (p === id || out.includes(p)) continue;
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}

/**
 * Every element or catalogue id an element is linked to: its own reference fields and the integrations it
 * is an end of, and the same for the systems it is a subsystem of.
 */
export function linksOf(model: ArchitectureModel, id: string): Set<string> {
  const index = linkIndex(model);
  const out = new Set<string>();
  for (const self of [id, ...ancestorsOf(model, id)]) {
    for (const to of index.out.get(self) ?? []) out.add(to);
    for (const e of index.integrations.get(self) ?? []) {
      out.add(e.from === self ? e.to : e.from);
      for (const v of e.via ?? []) out.add(v);
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
      const cat = ofKind(el, 'standard')?.catalogueRef;
      if (cat?.startsWith('std:')) out.add(cat.slice(4));
    }
  }
  return out;
}

export const hasAny = (set: ReadonlySet<string>, ids: readonly string[]): boolean => ids.some((i) => set.has(i));

/** User-group types an element serves (its `users` field). */
export function userTypes(model: ArchitectureModel, el: Element): Set<string> {
  const users = 'users' in el ? el.users ?? [] : [];
  return new Set(users.map((u) => ofKind(model.byId.get(u), 'user-group')?.groupType).filter((t): t is NonNullable<typeof t> => !!t));
}

/** Public services processed by a system. */
const servicesBySystem = new WeakMap<ArchitectureModel, Map<string, ElementOf<'public-service'>[]>>();

/** The public services a system processes (`processedBy`), from an index built once per model. */
export function servicesOf(model: ArchitectureModel, systemId: string): ElementOf<'public-service'>[] {
  let index = servicesBySystem.get(model);
  if (!index) {
    index = new Map();
    for (const e of model.elements) if (e.kind === 'public-service' && typeof e.processedBy === 'string') (index.get(e.processedBy) ?? index.set(e.processedBy, []).get(e.processedBy)!).push(e);
    servicesBySystem.set(model, index);
  }
  return index.get(systemId) ?? [];
}


/** True for an element that is not built yet: status `planned` or `target` (the baseline is `current` and `retiring`). */
export const notYetBuilt = (el: Element): boolean => el.status === 'planned' || el.status === 'target';

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
  for (const e of model.elements) out.push(...(e.legalBasis ?? []));
  return out.map(normaliseCitation);
}

/** Upper-case, no diacritics, Đ→D, no spaces: "Luật 86/2015/QH13" → "LUAT86/2015/QH13". */
export function normaliseCitation(s: string): string {
  return foldDiacritics(s).toUpperCase().replace(/\s+/g, '');
}

export const cites = (texts: readonly string[], number: string): boolean => {
  const n = normaliseCitation(number);
  return texts.some((t) => t.includes(n));
};
