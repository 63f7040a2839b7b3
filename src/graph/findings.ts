/**
 * Graph findings over the model (pure; the diagnostics are made in `graph-diagnostics.ts`):
 * unconnected elements, integrations with external parties that bypass the integration platform,
 * and layer violations defined in `data/layer-rules.json`.
 */
import { parseCatalogueRef, readDataFile } from '../catalog/catalog.js';
import { KIND_INFO, type Kind, type Layer } from '../model/kinds.js';
import type { ArchitectureModel, Element, ElementOf, Reference } from '../model/types.js';
import { graphRules, type ForbiddenEdge } from './graph-rules.js';
import { relationOf } from '../model/relations.js';
import { elementsOfKind } from '../model/by-kind.js';

/** Kinds checked for isolation: the things the framework expects to be connected. */
export const ISOLATION_KINDS: readonly Kind[] = ['information-system', 'database', 'platform'];
/** Fields that record governance or people, not a connection between systems. */
const GOVERNANCE_FIELDS: ReadonlySet<string> = new Set(['owner', 'satisfies', 'operator', 'users', 'performedBy', 'leadUnit']);
const NON_CONNECTING_LAYERS: ReadonlySet<Layer> = new Set(['governance', 'security']);

function layerOfRef(model: ArchitectureModel, id: string): Layer | undefined {
  const el = model.byId.get(id);
  return el ? KIND_INFO[el.kind].layer : undefined;
}

/** Whether a reference of this field between elements of these layers connects them (the test of `isConnecting`). */
function connects(field: string, from: Layer | undefined, to: Layer | undefined): boolean {
  return !GOVERNANCE_FIELDS.has(field) && !(from && NON_CONNECTING_LAYERS.has(from)) && !(to && NON_CONNECTING_LAYERS.has(to));
}

/** Whether a reference connects two elements (rather than recording ownership, principles, projects…). */
export function isConnecting(model: ArchitectureModel, r: Reference): boolean {
  return connects(r.field, layerOfRef(model, r.from), layerOfRef(model, r.to));
}

/** Information systems, databases and platforms that nothing refers to and that refer to nothing (ignoring governance edges); one being retired is left out. */
export function isolated(model: ArchitectureModel): Element[] {
  const touched = new Set<string>();
  // References come grouped by source: its layer is looked up once per element.
  let from: string | undefined;
  let fromLayer: Layer | undefined;
  for (const r of model.references) {
    if (r.from !== from) {
      from = r.from;
      fromLayer = layerOfRef(model, from);
    }
    if (!connects(r.field, fromLayer, layerOfRef(model, r.to))) continue;
    touched.add(r.from);
    touched.add(r.to);
  }
  return model.elements.filter((e) => ISOLATION_KINDS.includes(e.kind) && !touched.has(e.id) && e.status !== 'retiring');
}

export interface BypassFinding {
  integration: ElementOf<'integration'>;
  /** The ends of the integration that lie outside the ministry. */
  external: { field: 'from' | 'to'; ref: string }[];
  via: string[];
}

/** Ids (elements and `national:` refs) that count as the integration platform. */
export function integrationPlatformIds(model: ArchitectureModel): Set<string> {
  const cfg = graphRules().integrationPlatforms;
  const ids = new Set(cfg.national.map((id) => `national:${id}`));
  for (const e of model.elements) if (e.kind === 'platform' && e.platformType && cfg.platformTypes.includes(e.platformType)) ids.add(e.id);
  return ids;
}

let hubs: Set<string> | undefined;

/** `national:` refs of the national platforms (hubs in their own right, data/layer-rules.json). */
function nationalHubs(): Set<string> {
  if (!hubs) {
    const categories = new Set(graphRules().integrationPlatforms.nationalHubCategories);
    const entries = (readDataFile('catalogues/national.json') as { entries: { id: string; category?: string }[] }).entries;
    hubs = new Set(entries.filter((e) => e.category !== undefined && categories.has(e.category)).map((e) => `national:${e.id}`));
  }
  return hubs;
}

function isExternal(ref: string, platforms: Set<string>): boolean {
  if (platforms.has(ref) || nationalHubs().has(ref)) return false;
  const cat = parseCatalogueRef(ref);
  return cat !== undefined && graphRules().integrationPlatforms.externalNamespaces.includes(cat.ns);
}

/** Integrations whose `from` or `to` is outside the ministry and whose `via` lists no integration platform. */
export function externalIntegrationsBypassingPlatform(model: ArchitectureModel): BypassFinding[] {
  const platforms = integrationPlatformIds(model);
  const out: BypassFinding[] = [];
  for (const e of elementsOfKind(model, 'integration')) {
    const external = (['from', 'to'] as const).filter((f) => isExternal(e[f], platforms)).map((field) => ({ field, ref: e[field] }));
    if (external.length === 0) continue;
    const via = e.via ?? [];
    if (via.some((v) => platforms.has(v))) continue;
    out.push({ integration: e, external, via });
  }
  return out;
}

export interface LayerViolation {
  reference: Reference;
  fromLayer: Layer;
  toLayer: Layer;
  /** The forbidden-edge rule that matched, or undefined when the layer pair is simply not allowed. */
  rule?: ForbiddenEdge;
  /** Legal or framework source of the rule. */
  source: string;
}

/** Whether a forbidden-edge rule applies between these kinds (its fields aside). */
function appliesBetween(rule: ForbiddenEdge, fromKind: Kind, toKind: Kind): boolean {
  return (
    (!rule.fromKind || rule.fromKind === fromKind) &&
    (!rule.toKind || rule.toKind === toKind) &&
    (!rule.fromLayer || rule.fromLayer === KIND_INFO[fromKind].layer) &&
    (!rule.toLayer || rule.toLayer === KIND_INFO[toKind].layer)
  );
}

/** References that break the layer rules: a forbidden edge, or a dependency between layers that is not allowed. */
export function layerViolations(model: ArchitectureModel): LayerViolation[] {
  const rules = graphRules();
  const allowed = new Map(rules.allowedDependencies.map((a) => [a.from, a] as const));
  const linkEndLayers = new Set<Layer>(rules.linkEndLayers.layers);
  // The forbidden rules that apply between two kinds, in file order, worked out once per pair of kinds.
  const between = new Map<Kind, Map<Kind, ForbiddenEdge[]>>();
  const forbiddenBetween = (fromKind: Kind, toKind: Kind): ForbiddenEdge[] => {
    let row = between.get(fromKind);
    if (!row) between.set(fromKind, (row = new Map()));
    let list = row.get(toKind);
    if (!list) row.set(toKind, (list = rules.forbidden.filter((f) => appliesBetween(f, fromKind, toKind))));
    return list;
  };
  const out: LayerViolation[] = [];
  // References come grouped by source: the source element is looked up once per element.
  let from: string | undefined;
  let a: Element | undefined;
  for (const r of model.references) {
    if (r.from !== from) {
      from = r.from;
      a = model.byId.get(from);
    }
    const b = model.byId.get(r.to);
    if (!a || !b) continue; // catalogue targets are outside the layers
    const fromLayer = KIND_INFO[a.kind].layer;
    const toLayer = KIND_INFO[b.kind].layer;
    const candidates = forbiddenBetween(a.kind, b.kind);
    const rule = candidates.length ? candidates.find((f) => !f.fields || f.fields.includes(r.field)) : undefined;
    if (rule) {
      out.push({ reference: r, fromLayer, toLayer, rule, source: rule.source });
      continue;
    }
    if (linkEndLayers.has(toLayer) && relationOf(a.kind, r.field)?.link) continue;
    const allow = allowed.get(fromLayer);
    if (r.dependency && (!allow || !allow.to.includes(toLayer))) out.push({ reference: r, fromLayer, toLayer, source: allow?.source ?? 'data/layer-rules.json' });
  }
  return out;
}
