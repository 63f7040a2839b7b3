/**
 * The figures behind the four shortcomings the national framework set out to fix (PRODUCT.md): systems
 * not connected through the integration platform, few high-level online public services, national
 * databases not used (local copies instead), and duplicated systems or data.
 */
import { externalIntegrationsBypassingPlatform, integrationPlatformIds } from '../graph/index.js';
import type { Catalogues } from '../catalog/catalog.js';
import { elementsOfKind } from '../model/by-kind.js';
import { ofKind, type ArchitectureModel, type ElementOf } from '../model/types.js';
import { normaliseName, similarGroups } from './similar-names.js';

export interface IntegrationFigures {
  systems: number;
  connected: string[];
  notConnected: string[];
  /** Percentage of systems connected, one decimal. */
  share: number;
  integrations: number;
  bypassing: string[];
}

export interface ServiceFigures {
  total: number;
  byLevel: { toan_trinh: number; mot_phan: number; none: number; undeclared: number };
  legacy: { '1': number; '2': number; '3': number; '4': number; none: number };
  publishedOnNationalPortal: number;
  targetFullOnline: number;
}

export interface NationalDataFigures {
  /** National databases the architecture uses, with the elements that use them. */
  used: { id: string; name: string; users: string[] }[];
  /** Local databases that copy a national database. */
  localCopies: { id: string; of: string }[];
  /** Data entities whose authoritative source is national / local. */
  entitiesFromNational: number;
  entitiesFromLocal: number;
}

export interface DuplicateFigures {
  /**
   * Groups of systems (or databases) whose names are similar (bigram Dice ≥ SIMILAR, joined transitively),
   * members sorted; a group that is only a system and its own subsystems is not one. Groups, not pairs: ten
   * systems with one name are one finding, not 45 (at 100k generated elements, 1.2 million pairs).
   */
  similarNames: { kind: string; members: string[] }[];
  entitiesInSeveralDatabases: { entity: string; databases: string[] }[];
  sameRole: { role: string; systems: string[] }[];
}

export interface Shortcomings {
  integration: IntegrationFigures;
  services: ServiceFigures;
  nationalData: NationalDataFigures;
  duplicates: DuplicateFigures;
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n * 1000) / d) / 10);
const sortIds = (a: string[]): string[] => [...new Set(a)].sort();

function integrationFigures(model: ArchitectureModel): IntegrationFigures {
  const platforms = integrationPlatformIds(model);
  const systems = elementsOfKind(model, 'information-system');
  const integrations = elementsOfKind(model, 'integration');
  const connected = new Set<string>();
  for (const i of integrations) {
    const routed = i.via?.some((v) => platforms.has(v)) || platforms.has(i.from) || platforms.has(i.to);
    if (routed) connected.add(i.from).add(i.to);
  }
  // The same integrations C20 and `arch graph` report: one definition of a bypass (src/graph/findings.ts).
  const bypassing = externalIntegrationsBypassingPlatform(model).map((f) => f.integration.id);
  for (const r of model.references) if (platforms.has(r.to) && (r.field === 'uses' || r.field === 'dependsOn')) connected.add(r.from);
  // A subsystem is connected through its parent.
  for (const r of model.references) if (r.field === 'subsystems' && connected.has(r.from)) connected.add(r.to);
  const yes = systems.filter((s) => connected.has(s.id)).map((s) => s.id);
  const no = systems.filter((s) => !connected.has(s.id)).map((s) => s.id);
  return { systems: systems.length, connected: yes, notConnected: no, share: pct(yes.length, systems.length), integrations: integrations.length, bypassing: bypassing.sort() };
}

function serviceFigures(model: ArchitectureModel): ServiceFigures {
  const services = elementsOfKind(model, 'public-service');
  const byLevel = { toan_trinh: 0, mot_phan: 0, none: 0, undeclared: 0 };
  const legacy = { '1': 0, '2': 0, '3': 0, '4': 0, none: 0 };
  let published = 0;
  let target = 0;
  for (const s of services) {
    byLevel[s.onlineLevel ?? 'undeclared']++;
    const l = String(s.legacyLevel ?? 'none') as keyof typeof legacy;
    if (l in legacy) legacy[l]++;
    if (s.publishedOnNationalPortal === true) published++;
    if ((s.targetOnlineLevel ?? s.onlineLevel) === 'toan_trinh') target++;
  }
  return { total: services.length, byLevel, legacy, publishedOnNationalPortal: published, targetFullOnline: target };
}

function nationalDataFigures(model: ArchitectureModel, catalogues: Catalogues, lang: 'vi' | 'en'): NationalDataFigures {
  const users = new Map<string, string[]>();
  for (const r of model.references) {
    if (!r.to.startsWith('national:')) continue;
    const entry = catalogues.get('national', r.to.slice(9));
    if (entry?.category !== 'database') continue;
    users.set(r.to, [...(users.get(r.to) ?? []), r.from]);
  }
  for (const i of elementsOfKind(model, 'integration')) for (const end of [i.from, i.to]) users.get(end)?.push(i.id);
  const used = [...users.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, u]) => ({ id, name: catalogues.get('national', id.slice(9))!.name[lang], users: sortIds(u) }));
  const localCopies = elementsOfKind(model, 'database').flatMap((e) => {
    const of = e.replicaOf ?? e.nationalRef;
    return e.dbKind !== 'quoc_gia' && of?.startsWith('national:') ? [{ id: e.id, of }] : [];
  });
  const sources = elementsOfKind(model, 'data-entity').flatMap((e) => (e.authoritativeSource ? [e.authoritativeSource] : []));
  const fromNational = sources.filter((s) => s.startsWith('national:') || ofKind(model.byId.get(s), 'database')?.dbKind === 'quoc_gia').length;
  return { used, localCopies, entitiesFromNational: fromNational, entitiesFromLocal: sources.length - fromNational };
}

const SIMILAR = 0.85;

function duplicateFigures(model: ArchitectureModel): DuplicateFigures {
  const similarNames: DuplicateFigures['similarNames'] = [];
  for (const kind of ['information-system', 'database'] as const) {
    const list = elementsOfKind(model, kind);
    const groups: DuplicateFigures['similarNames'] = [];
    for (const group of similarGroups(list.map((e) => normaliseName(e.name.vi)), SIMILAR)) {
      const members = group.map((i) => list[i]!);
      if (!members.some((p) => members.every((m) => m === p || isPart(p, m)))) groups.push({ kind, members: members.map((m) => m.id).sort() });
    }
    for (const g of groups.sort((x, y) => (x.members[0]! < y.members[0]! ? -1 : 1))) similarNames.push(g);
  }
  const stores = new Map<string, Set<string>>();
  for (const r of model.references) {
    const [entity, db] = r.field === 'storedIn' ? [r.from, r.to] : r.field === 'stores' ? [r.to, r.from] : [undefined, undefined];
    if (!entity || !db) continue;
    if (ofKind(model.byId.get(db), 'database')?.replicaOf) continue; // declared replicas are not duplicates
    stores.set(entity, (stores.get(entity) ?? new Set()).add(db));
  }
  const entitiesInSeveralDatabases = [...stores.entries()].filter(([, dbs]) => dbs.size > 1).map(([entity, dbs]) => ({ entity, databases: [...dbs].sort() })).sort((a, b) => (a.entity < b.entity ? -1 : 1));
  const byRole = new Map<string, string[]>();
  const parts = new Set(model.references.filter((r) => r.field === 'subsystems').map((r) => r.to));
  for (const s of elementsOfKind(model, 'information-system')) {
    if (!s.role || ['domain', 'other', 'shared'].includes(s.role)) continue;
    if (parts.has(s.id)) continue; // a part of another system
    (byRole.get(s.role) ?? byRole.set(s.role, []).get(s.role)!).push(s.id);
  }
  const sameRole = [...byRole.entries()].filter(([, ids]) => ids.length > 1).map(([role, systems]) => ({ role, systems: systems.sort() })).sort((a, b) => (a.role < b.role ? -1 : 1));
  return { similarNames, entitiesInSeveralDatabases, sameRole };
}

function isPart(a: ElementOf<'information-system' | 'database'>, b: ElementOf<'information-system' | 'database'>): boolean {
  const subs = (e: typeof a) => ('subsystems' in e ? e.subsystems ?? [] : []);
  return subs(a).includes(b.id) || subs(b).includes(a.id);
}

export function shortcomings(model: ArchitectureModel, catalogues: Catalogues, lang: 'vi' | 'en'): Shortcomings {
  return { integration: integrationFigures(model), services: serviceFigures(model), nationalData: nationalDataFigures(model, catalogues, lang), duplicates: duplicateFigures(model) };
}
