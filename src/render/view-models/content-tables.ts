/** Catalogue tables built from the elements: one builder per content id of the chapter files. */
import { inForce, parseAgencyRef, parseCatalogueRef } from '../../catalog/catalog.js';
import { phaseOf, phaseOrder, transitionOf } from '../../model/transition.js';
import type { Kind } from '../../model/kinds.js';
import type { ElementOf } from '../../model/types.js';
import { dataSharedThrough } from '../../model/queries.js';
import { table } from './content-text.js';
import { dateText, elementsOf, enumLabel, L, nameOf, refName, refNames, str, tx, yesNo, type BuildContext, type Scope } from './context.js';
import type { Block } from './types.js';

type Builder = (ctx: BuildContext, scope: Scope) => Block[];
/** A code column shows the code, or a dash: never the internal id. */
const NO_CODE = '—';
const code = (e: ElementOf<Kind>): string => e.refModel || NO_CODE;
const status = (ctx: BuildContext, e: ElementOf<Kind>): string => enumLabel(ctx, 'status', e.status);

function securityApproval(ctx: BuildContext, e: ElementOf<'information-system' | 'platform'>): { decision: string; date: string; approver: string } {
  const a = e.securityApproval;
  return { decision: a?.decision ?? '', date: dateText(ctx, a?.date), approver: enumLabel(ctx, 'approver', a?.approver) };
}

/** Controls covering a system, for the security tables. */
const controlsByElement = new WeakMap<object, Map<unknown, string[]>>();

/** The security controls that cover an element (`covers`), from an index built once per model. */
function controlsOf(ctx: BuildContext, id: string): string {
  let index = controlsByElement.get(ctx.model);
  if (!index) {
    index = new Map();
    for (const c of ctx.model.elements) if (c.kind === 'security-control' && Array.isArray(c.covers)) for (const t of new Set(c.covers as unknown[])) (index.get(t) ?? index.set(t, []).get(t)!).push(c.id);
    controlsByElement.set(ctx.model, index);
  }
  return refNames(ctx, index.get(id) ?? []);
}

/** The national data coordination platform (NĐ 278/2025), through which master data is shared. */
const NDC = 'national:ndc-coordination';

/** Names listed in one cell of the roadmap and transition tables before "and N more". */
const CELL_NAMES = 20;

const ONLINE_LEVELS = ['toan_trinh', 'mot_phan', 'none'] as const;

const enumList = (ctx: BuildContext, field: string, values: unknown): string => (Array.isArray(values) ? values.map((v) => enumLabel(ctx, field, v)).join(', ') : '');

/** The online level, with the level 1–4 of NĐ 43/2011 when the service declares one (architectures before 2022). */
function onlineLevelText(ctx: BuildContext, e: ElementOf<'public-service'>): string {
  const level = enumLabel(ctx, 'onlineLevel', e.onlineLevel);
  const legacy = e.legacyLevel;
  if (typeof legacy !== 'number') return level;
  const old = L(ctx, 'legacyLevel').replace('{0}', String(legacy));
  return level === '' ? old : `${level} (${old})`;
}

/** "Name: description" for the elements of some kinds that carry a description. */
function descriptions(ctx: BuildContext, kinds: readonly Kind[], scope: Scope): Block[] {
  const items = elementsOf(ctx, kinds, scope)
    .map((e) => [nameOf(ctx, e), tx(ctx, e.description)] as const)
    .filter(([, d]) => d.trim() !== '')
    .map(([n, d]) => `${n}: ${d.trim()}`);
  return items.length === 0 ? [] : [{ type: 'list', items }];
}

export const TABLE_CONTENTS: Record<string, Builder> = {
  'system-descriptions': (ctx, scope) => descriptions(ctx, ['information-system', 'platform'], scope),
  'database-descriptions': (ctx, scope) => descriptions(ctx, ['database'], scope),
  'org-units': (ctx, scope) =>
    table(ctx, 'content.org-units', ['col.code', 'col.unit', 'col.unitType', 'col.parent'], elementsOf(ctx, ['org-unit'], scope).map((e) => [str(e.code) || NO_CODE, nameOf(ctx, e), enumLabel(ctx, 'unitType', e.unitType), refName(ctx, e.parent)])),
  'user-groups': (ctx, scope) =>
    table(ctx, 'content.user-groups', ['col.id', 'col.name', 'col.groupType', 'col.size'], elementsOf(ctx, ['user-group'], scope).map((e) => [e.id, nameOf(ctx, e), enumLabel(ctx, 'groupType', e.groupType), str(e.size)])),
  channels: (ctx, scope) =>
    table(ctx, 'content.channels', ['col.id', 'col.name', 'col.channelType', 'col.serves', 'col.providedBy'], elementsOf(ctx, ['channel'], scope).map((e) => [e.id, nameOf(ctx, e), enumLabel(ctx, 'channelType', e.channelType), refNames(ctx, e.serves), refName(ctx, e.providedBy)])),
  portals: (ctx, scope) =>
    table(ctx, 'content.portals', ['col.id', 'col.name', 'col.operator', 'col.status'], elementsOf(ctx, ['information-system'], scope).filter((e) => e.role === 'portal').map((e) => [e.id, nameOf(ctx, e), refName(ctx, e.operator ?? e.owner), status(ctx, e)])),
  'business-functions': (ctx, scope) =>
    table(ctx, 'content.business-functions', ['col.brm', 'col.function', 'col.parentFunction', 'col.performedBy', 'col.status'], elementsOf(ctx, ['business-function'], scope).map((e) => [code(e), nameOf(ctx, e), refName(ctx, e.parent), refNames(ctx, e.performedBy), status(ctx, e)])),
  'public-services': (ctx, scope) =>
    table(
      ctx,
      'content.public-services',
      ['col.tthcCode', 'col.procedure', 'col.field', 'col.implementingLevels', 'col.onlineLevel', 'col.targetOnlineLevel', 'col.processedBy', 'col.publishedOnPortal'],
      elementsOf(ctx, ['public-service'], scope).map((e) => [str(e.tthcCode) || NO_CODE, nameOf(ctx, e), tx(ctx, e.field), enumList(ctx, 'implementingLevel', e.implementingLevels), onlineLevelText(ctx, e), enumLabel(ctx, 'onlineLevel', e.targetOnlineLevel), refName(ctx, e.processedBy), yesNo(ctx, e.publishedOnNationalPortal)]),
    ),
  'online-level-summary': (ctx, scope) => {
    const services = elementsOf(ctx, ['public-service'], scope);
    if (services.length === 0) return [];
    const share = (n: number) => `${String(Math.round((n * 1000) / services.length) / 10).replace('.', ctx.lang === 'vi' ? ',' : '.')}%`;
    const rows: string[][] = [];
    const count = (pred: (s: ElementOf<'public-service'>) => boolean) => services.filter(pred).length;
    // NĐ 42/2022 levels; services of older architectures declare only the level 1–4 of NĐ 43/2011.
    if (services.some((s) => s.onlineLevel !== undefined)) {
      for (const level of ONLINE_LEVELS) rows.push([enumLabel(ctx, 'onlineLevel', level), String(count((s) => s.onlineLevel === level)), share(count((s) => s.onlineLevel === level))]);
    }
    const legacy = [...new Set(services.filter((s) => s.onlineLevel === undefined && typeof s.legacyLevel === 'number').map((s) => s.legacyLevel as number))].sort();
    for (const level of legacy) {
      const n = count((s) => s.onlineLevel === undefined && s.legacyLevel === level);
      rows.push([L(ctx, 'legacyLevel').replace('{0}', String(level)), String(n), share(n)]);
    }
    const undeclared = count((s) => s.onlineLevel === undefined && typeof s.legacyLevel !== 'number');
    if (undeclared > 0) rows.push([L(ctx, 'levelNotDeclared'), String(undeclared), share(undeclared)]);
    rows.push([L(ctx, 'total'), String(services.length), '100%']);
    return table(ctx, 'content.online-level-summary', ['col.onlineLevel', 'col.count', 'col.share'], rows);
  },
  'effectiveness-kpis': (ctx, scope) => {
    // L4 of the NDAF measures effectiveness: indicators computed from the repository itself (not targets).
    const pct = (n: number, of: number) => `${n}/${of} (${String(Math.round((n * 1000) / of) / 10).replace('.', ctx.lang === 'vi' ? ',' : '.')}%)`;
    const services = elementsOf(ctx, ['public-service'], scope);
    const systems = elementsOf(ctx, ['information-system', 'platform'], scope);
    const master = elementsOf(ctx, ['data-entity'], scope).filter((e) => e.masterData === true && e.replica !== true);
    const shared = dataSharedThrough(elementsOf(ctx, ['integration'], scope), NDC);
    const rows: string[][] = [];
    if (services.length > 0) {
      rows.push([L(ctx, 'kpi.fullOnline'), pct(services.filter((s) => (s.targetOnlineLevel ?? s.onlineLevel) === 'toan_trinh').length, services.length)]);
      rows.push([L(ctx, 'kpi.publishedOnPortal'), pct(services.filter((s) => s.publishedOnNationalPortal === true).length, services.length)]);
    }
    if (systems.length > 0) rows.push([L(ctx, 'kpi.approvedLevel'), pct(systems.filter((s) => s.securityLevelStatus === 'approved').length, systems.length)]);
    if (master.length > 0) rows.push([L(ctx, 'kpi.masterDataShared'), pct(master.filter((e) => shared.has(e.id)).length, master.length)]);
    const channels = elementsOf(ctx, ['channel'], scope).length;
    if (channels > 0) rows.push([L(ctx, 'kpi.channels'), String(channels)]);
    return rows.length === 0 ? [] : table(ctx, 'content.effectiveness-kpis', ['col.indicator', 'col.value'], rows);
  },
  'data-entities': (ctx, scope) =>
    table(ctx, 'content.data-entities', ['col.drm', 'col.entity', 'col.masterData', 'col.personal', 'col.authoritativeSource', 'col.storedIn'], elementsOf(ctx, ['data-entity'], scope).map((e) => [code(e), nameOf(ctx, e), yesNo(ctx, e.masterData), yesNo(ctx, e.personal), refName(ctx, e.authoritativeSource), refNames(ctx, e.storedIn)])),
  databases: (ctx, scope) =>
    table(ctx, 'content.databases', ['col.id', 'col.database', 'col.dbKind', 'col.nationalRef', 'col.managedBy', 'col.stores', 'col.status'], elementsOf(ctx, ['database'], scope).map((e) => [e.id, nameOf(ctx, e), enumLabel(ctx, 'dbKind', e.dbKind), refName(ctx, e.nationalRef), refName(ctx, e.managedBy), refNames(ctx, e.stores), status(ctx, e)])),
  'information-systems': (ctx, scope) =>
    table(
      ctx,
      'content.information-systems',
      ['col.id', 'col.system', 'col.role', 'col.securityLevel', 'col.levelApproval', 'col.hosting', 'col.operator', 'col.status'],
      // A platform is an information system (NĐ 85/2016): it has its row, its type as its role.
      elementsOf(ctx, ['information-system', 'platform'], scope).map((e) => {
        const a = securityApproval(ctx, e);
        const approval = a.decision !== '' ? `${a.decision}${a.date ? ` (${a.date})` : ''}` : enumLabel(ctx, 'securityLevelStatus', e.securityLevelStatus);
        const role = e.kind === 'platform' ? enumLabel(ctx, 'platformType', e.platformType) : enumLabel(ctx, 'role', e.role);
        const hosting = e.kind === 'platform' ? '' : enumLabel(ctx, 'hosting', e.hosting);
        return [e.id, nameOf(ctx, e), role, str(e.securityLevel), approval, hosting, e.kind === 'platform' ? '' : refName(ctx, e.operator), status(ctx, e)];
      }),
    ),
  'system-operations': (ctx, scope) => {
    // Where and when a system runs and how it is offered: only the systems that state it.
    const rows = elementsOf(ctx, ['information-system', 'platform'], scope)
      .map((e) => [nameOf(ctx, e), enumLabel(ctx, 'scope', e.scope), enumLabel(ctx, 'availability', e.availability), e.kind === 'information-system' ? refNames(ctx, e.channels) : '', refName(ctx, e.hostedOn)])
      .filter((r) => r.slice(1).some((c) => c !== ''));
    return rows.length === 0 ? [] : table(ctx, 'content.system-operations', ['col.system', 'col.scope', 'col.availability', 'col.channels', 'col.hostedOn'], rows);
  },
  'security-levels': (ctx, scope) =>
    table(
      ctx,
      'content.security-levels',
      ['col.system', 'col.securityLevel', 'col.levelStatus', 'col.decision', 'col.approver', 'col.controls'],
      elementsOf(ctx, ['information-system', 'platform'], scope).map((e) => {
        const a = securityApproval(ctx, e);
        return [nameOf(ctx, e), str(e.securityLevel), enumLabel(ctx, 'securityLevelStatus', e.securityLevelStatus), [a.decision, a.date].filter(Boolean).join(' — '), a.approver, controlsOf(ctx, e.id)];
      }),
    ),
  platforms: (ctx, scope) =>
    table(ctx, 'content.platforms', ['col.id', 'col.platform', 'col.platformType', 'col.level', 'col.connectsTo'], elementsOf(ctx, ['platform'], scope).map((e) => [e.id, nameOf(ctx, e), enumLabel(ctx, 'platformType', e.platformType), enumLabel(ctx, 'level', e.level), refNames(ctx, e.connectsTo)])),
  integrations: (ctx, scope) =>
    table(
      ctx,
      'content.integrations',
      ['col.id', 'col.integration', 'col.from', 'col.to', 'col.via', 'col.method', 'col.protocols', 'col.data'],
      elementsOf(ctx, ['integration'], scope).map((e) => [e.id, nameOf(ctx, e), refName(ctx, e.from), refName(ctx, e.to), refNames(ctx, e.via), enumLabel(ctx, 'method', e.method), refNames(ctx, e.protocols), refNames(ctx, e.dataEntities)]),
    ),
  'national-components': (ctx) => {
    const rows = ctx.graph.nodes
      .filter((n) => n.external && n.kind === 'national')
      .map((n) => {
        const users = [...new Set(ctx.graph.edges.filter((e) => e.to === n.id).map((e) => e.from))].sort();
        const entry = parseCatalogueRef(n.id);
        return [entry?.id ?? n.id, refName(ctx, n.id), refNames(ctx, users)];
      });
    return table(ctx, 'content.national-components', ['col.catalogueId', 'col.component', 'col.usedBy'], rows);
  },
  'master-data': (ctx) => {
    // Data governance (Luật Dữ liệu 60/2024, NĐ 278/2025): each master-data entity with its importance class, its
    // code in the common data dictionary, its source, the national database it copies and whether it is shared
    // through the national data coordination platform (an integration carrying it routed there).
    const shared = dataSharedThrough(elementsOf(ctx, ['integration']), NDC);
    const rows = elementsOf(ctx, ['data-entity'])
      .filter((e) => e.masterData === true || e.copyOf !== undefined)
      .map((e) => [nameOf(ctx, e), enumLabel(ctx, 'importance', e.importance), str(e.dictionaryRef) || NO_CODE, refName(ctx, e.authoritativeSource), refName(ctx, e.copyOf), yesNo(ctx, shared.has(e.id))]);
    return table(ctx, 'content.master-data', ['col.entity', 'col.importance', 'col.dictionaryRef', 'col.authoritativeSource', 'col.copyOf', 'col.sharedWithNdc'], rows);
  },
  'open-data': (ctx) => {
    // Open data (NĐ 194/2025): open databases, and integrations that publish to the national open-data portal.
    const open = elementsOf(ctx, ['database']).filter((d) => d.dbKind === 'mo' || d.openData === true);
    // The data of each open database, from both sides of the relation (database.stores, data-entity.storedIn), indexed once.
    const data = new Map<string, Set<string>>(open.map((d) => [d.id, new Set(d.stores ?? [])]));
    for (const e of elementsOf(ctx, ['data-entity'])) for (const db of e.storedIn ?? []) data.get(db)?.add(e.id);
    const rows = [
      ...open.map((d) => [nameOf(ctx, d), refNames(ctx, [...data.get(d.id)!].sort()), '']),
      ...elementsOf(ctx, ['integration']).filter((i) => i.to === 'national:open-data-portal').map((i) => [nameOf(ctx, i), refNames(ctx, i.dataEntities), refName(ctx, i.to)]),
    ];
    return table(ctx, 'content.open-data', ['col.name', 'col.dataEntities', 'col.publishedOn'], rows);
  },
  'national-identity-and-data-center': (ctx) => {
    // Frameworks 3.0 and 4.0 add electronic identification (VNeID), the National Data Center and its data
    // warehouses: the catalogue entries marked for this section (data/catalogues/national.json `sections`) in force
    // on the architecture's date, each with the elements that rely on it, or a dash when none does.
    const date = ctx.model.manifest.architecture.date;
    const collator = new Intl.Collator(ctx.lang);
    const components = ctx.catalogues
      .entries('national')
      .filter((e) => Array.isArray(e.sections) && e.sections.includes('identity-data-center') && inForce(e, date))
      .map((e) => `national:${e.id}`)
      .sort((a, b) => collator.compare(refName(ctx, a), refName(ctx, b)));
    const usersOf = components.map((t) => [...new Set(ctx.model.references.filter((r) => r.to === t && r.field !== 'owner').map((r) => r.from))].sort());
    // An architecture that relies on none of them says nothing here: the section is reported as missing, not as a table of dashes.
    const rows = usersOf.some((u) => u.length > 0) ? components.map((t, i) => [refName(ctx, t), usersOf[i]!.length === 0 ? NO_CODE : usersOf[i]!.map((id) => refName(ctx, id)).join('; ')]) : [];
    return table(ctx, 'content.national-identity-and-data-center', ['col.component', 'col.usedBy'], rows);
  },
  'catalogue-annex': (ctx) => {
    // Annex: every catalogue entry the architecture refers to (national platforms and databases, standards, other
    // agencies), with its validity and whether the fact is verified against its legal source.
    const refs = [...new Set(ctx.model.references.map((r) => r.to).filter((t) => parseCatalogueRef(t) !== undefined))].sort();
    const rows = refs.map((ref) => {
      const cat = parseCatalogueRef(ref)!;
      // An element of another agency's architecture (ministry:BCA/he-thong-gplx) is listed under that agency.
      const agency = parseAgencyRef(ref);
      const entry = agency ? ctx.catalogues.get(agency.ns, agency.agency) : ctx.catalogues.get(cat.ns, cat.id);
      const name = agency ? `${refName(ctx, `${agency.ns}:${agency.agency}`)}: ${agency.element}` : refName(ctx, ref);
      return [ref, name, L(ctx, `catalogue.${cat.ns}`), dateText(ctx, entry?.validFrom), dateText(ctx, entry?.validUntil), L(ctx, entry?.verified === true ? 'verified' : 'notVerified')];
    });
    return table(ctx, 'content.catalogue-annex', ['col.catalogueId', 'col.name', 'col.catalogue', 'col.validFrom', 'col.validUntil', 'col.verification'], rows);
  },
  technology: (ctx, scope) =>
    table(ctx, 'content.technology', ['col.trm', 'col.component', 'col.techType', 'col.hostedIn', 'col.ipv6', 'col.standards'], elementsOf(ctx, ['technology-component'], scope).map((e) => [code(e), nameOf(ctx, e), enumLabel(ctx, 'techType', e.techType), refName(ctx, e.hostedIn), yesNo(ctx, e.ipv6), refNames(ctx, e.standards)])),
  'security-controls': (ctx, scope) =>
    table(ctx, 'content.security-controls', ['col.id', 'col.control', 'col.controlType', 'col.covers', 'col.forLevel', 'col.monitoring'], elementsOf(ctx, ['security-control'], scope).map((e) => [e.id, nameOf(ctx, e), enumLabel(ctx, 'controlType', e.controlType), refNames(ctx, e.covers), str(e.forLevel), yesNo(ctx, e.monitoringConnected)])),
  standards: (ctx, scope) =>
    table(ctx, 'content.standards', ['col.standardCode', 'col.standard', 'col.category', 'col.adoption', 'col.appliesTo'], elementsOf(ctx, ['standard'], scope).map((e) => [str(e.code) || (e.catalogueRef?.replace(/^std:/, '') ?? NO_CODE), nameOf(ctx, e), enumLabel(ctx, 'category', e.category), enumLabel(ctx, 'adoption', e.adoption), refNames(ctx, e.appliesTo)])),
  principles: (ctx, scope) =>
    table(ctx, 'content.principles', ['col.no', 'col.principle', 'col.statement', 'col.source'], elementsOf(ctx, ['principle'], scope).map((e, i) => [String(i + 1), nameOf(ctx, e), tx(ctx, e.statement), tx(ctx, e.source)])),
  gaps: (ctx, scope) =>
    table(ctx, 'content.gaps', ['col.id', 'col.gap', 'col.baseline', 'col.target', 'col.gapType', 'col.priority'], elementsOf(ctx, ['gap'], scope).map((e) => [e.id, nameOf(ctx, e), refName(ctx, e.from), refName(ctx, e.to), enumLabel(ctx, 'gapType', e.gapType), enumLabel(ctx, 'priority', e.priority)])),
  projects: (ctx, scope) =>
    table(
      ctx,
      'content.projects',
      ['col.id', 'col.project', 'col.phase', 'col.period', 'col.leadUnit', 'col.budget', 'col.budgetSource', 'col.addresses', 'col.delivers'],
      sortProjects(elementsOf(ctx, ['project'], scope)).map((e) => [e.id, nameOf(ctx, e), str(e.phase), period(ctx, e), refName(ctx, e.leadUnit), str(e.budgetMillionVnd), enumLabel(ctx, 'budgetSource', e.budgetSource), refNames(ctx, e.addresses), refNames(ctx, e.delivers)]),
    ),
  roadmap: (ctx, scope) => {
    const projects = sortProjects(elementsOf(ctx, ['project'], scope));
    const byPhase = new Map<string | null, ElementOf<'project'>[]>(phaseOrder(projects).map((p) => [p, []]));
    for (const p of projects) byPhase.get(phaseOf(p))!.push(p);
    const rows = [...byPhase].map(([phase, ps]) => {
      const starts = ps.map((p) => str(p.start)).filter(Boolean).sort();
      const ends = ps.map((p) => str(p.end)).filter(Boolean).sort();
      return [phase ?? L(ctx, 'noPhase'), [dateText(ctx, starts[0]), dateText(ctx, ends[ends.length - 1])].filter(Boolean).join(' – '), refNames(ctx, ps.map((p) => p.id), CELL_NAMES)];
    });
    return table(ctx, 'content.roadmap', ['col.phase', 'col.period', 'col.projects'], rows);
  },
  /** What exists after each phase (at most CELL_NAMES names a cell, then how many more): the current architecture, each phase's arrivals and departures, the target. */
  transition: (ctx) => {
    const t = transitionOf(ctx.model);
    if (t.phases.length === 0) return [];
    const rows = [
      [L(ctx, 'transition.asIs'), '', '', String(t.asIs.length)],
      ...t.phases.map((p) => [p.phase ?? L(ctx, 'noPhase'), refNames(ctx, p.delivers, CELL_NAMES), refNames(ctx, p.retires, CELL_NAMES), String(p.elementsAfter)]),
      [L(ctx, 'transition.toBe'), refNames(ctx, t.afterRoadmap.delivers, CELL_NAMES), refNames(ctx, t.afterRoadmap.retires, CELL_NAMES), String(t.toBe.length)],
    ];
    return table(ctx, 'content.transition', ['col.phase', 'col.bringsIn', 'col.retires', 'col.elementsAfter'], rows);
  },
  /** Gaps the roadmap itself shows: target elements nobody delivers, retiring ones nothing replaces, empty projects. */
  'derived-gaps': (ctx) => {
    const t = transitionOf(ctx.model);
    const rows = [
      ...t.undelivered.map((id) => [L(ctx, 'derived.undelivered'), refNames(ctx, [id])]),
      ...t.unreplaced.map((id) => [L(ctx, 'derived.unreplaced'), refNames(ctx, [id])]),
      ...t.emptyProjects.map((id) => [L(ctx, 'derived.emptyProject'), refNames(ctx, [id])]),
    ];
    // No derived gap is a finding in itself (every target element delivered, every retirement replaced), not missing content.
    if (rows.length === 0) return t.phases.length > 0 ? [{ type: 'text', paragraphs: [L(ctx, 'derived.none')] }] : [];
    return table(ctx, 'content.derived-gaps', ['col.derivedGap', 'col.element'], rows);
  },
};

const period = (ctx: BuildContext, e: ElementOf<'project'>): string => [dateText(ctx, e.start), dateText(ctx, e.end)].filter(Boolean).join(' – ');

function sortProjects(ps: ElementOf<'project'>[]): ElementOf<'project'>[] {
  const key = (e: ElementOf<'project'>) => `${str(e.phase)}\u0000${str(e.start)}\u0000${e.id}`;
  return [...ps].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
