/**
 * Graph findings as diagnostics, each located at the reference that causes it (file:line:col of the
 * field value in YAML), with related locations for the other edges of a cycle.
 */
import type { Diagnostic, Location, RelatedLocation } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { KIND_INFO } from '../model/kinds.js';
import type { ArchitectureModel } from '../model/types.js';
import { findCycles } from './cycles.js';
import { externalIntegrationsBypassingPlatform, integrationPlatformIds, isolated, layerViolations } from './findings.js';
import { graphRules } from './graph-rules.js';
import type { GraphEdge } from './types.js';
import { LAYER_LABEL } from './types.js';

/** Location of the reference `from.field[index]` in its YAML file. */
export function referenceLocation(model: ArchitectureModel, ref: { from: string; field: string; index?: number }): Location | undefined {
  const o = model.origin.get(ref.from);
  if (!o) return undefined;
  const path: (string | number)[] = ['elements', o.index, ref.field];
  if (ref.index !== undefined) path.push(ref.index);
  return o.file.at(path);
}

function elementLocation(model: ArchitectureModel, id: string): Location | undefined {
  const o = model.origin.get(id);
  return o ? o.file.at(['elements', o.index, 'id']) : undefined;
}

function related(model: ArchitectureModel, e: GraphEdge): RelatedLocation | undefined {
  const at = referenceLocation(model, e);
  return at ? { ...at, message: { vi: `${e.from} ${e.relation} ${e.to} (trường ${e.field})`, en: `${e.from} ${e.relation} ${e.to} (field ${e.field})` } } : undefined;
}

/** Longest cycle spelled out in full; a longer one shows its start and end (the related locations list every edge). */
const CYCLE_SHOWN = 24;

function cycleText(nodes: readonly string[]): string {
  if (nodes.length <= CYCLE_SHOWN) return [...nodes, nodes[0]].join(' → ');
  const half = CYCLE_SHOWN / 2;
  return [...nodes.slice(0, half), `… (+${nodes.length - CYCLE_SHOWN}) …`, ...nodes.slice(-half), nodes[0]].join(' → ');
}

function cycleDiagnostics(model: ArchitectureModel): Diagnostic[] {
  return findCycles({ nodes: model.elements, edges: model.references }).map((c) => {
    const text = cycleText(c.nodes);
    const allProjects = c.nodes.every((id) => model.byId.get(id)?.kind === 'project');
    const rel = c.edges.map((e) => related(model, e)).filter((r): r is RelatedLocation => Boolean(r));
    return diag('graph/cycle', { count: c.nodes.length, cycle: text }, referenceLocation(model, c.edges[0]!), { related: rel, ...(allProjects ? { severity: 'error' as const } : {}) });
  });
}

function isolatedDiagnostics(model: ArchitectureModel): Diagnostic[] {
  return isolated(model).map((e) => {
    const d = diag('graph/isolated', { kind: KIND_INFO[e.kind].label.vi, id: e.id }, elementLocation(model, e.id));
    d.message.en = diag('graph/isolated', { kind: KIND_INFO[e.kind].label.en, id: e.id }).message.en;
    return d;
  });
}

function bypassDiagnostics(model: ArchitectureModel): Diagnostic[] {
  const cfg = graphRules().integrationPlatforms;
  const lgsp = [...integrationPlatformIds(model)].filter((id) => !id.includes(':'));
  return externalIntegrationsBypassingPlatform(model).map((f) => {
    const first = f.external[0]!;
    const o = model.origin.get(f.integration.id)!;
    const at = o.file.at(['elements', o.index, first.field]);
    const viaAt = f.via.length ? [{ ...o.file.at(['elements', o.index, 'via']), message: { vi: 'Trường via hiện tại', en: 'Current via field' } }] : [];
    return diag(
      'graph/bypasses-integration-platform',
      { id: f.integration.id, external: f.external.map((x) => x.ref).join(', '), via: f.via.length ? f.via.join(', ') : '—', lgsp: lgsp.length ? ` (${lgsp.join(', ')})` : '', source: cfg.source },
      at,
      { related: viaAt },
    );
  });
}

function layerDiagnostics(model: ArchitectureModel): Diagnostic[] {
  return layerViolations(model).map((v) => {
    const r = v.reference;
    const reasonVi = v.rule ? v.rule.message.vi : `lớp ${LAYER_LABEL[v.fromLayer].vi} không được phụ thuộc vào lớp ${LAYER_LABEL[v.toLayer].vi}`;
    const reasonEn = v.rule ? v.rule.message.en : `the ${LAYER_LABEL[v.fromLayer].en} layer may not depend on the ${LAYER_LABEL[v.toLayer].en} layer`;
    const d = diag(
      'graph/layer-violation',
      { field: r.field, from: r.from, to: r.to, fromLayer: LAYER_LABEL[v.fromLayer].vi, toLayer: LAYER_LABEL[v.toLayer].vi, reason: reasonVi, source: v.source },
      referenceLocation(model, r),
    );
    // English message with English layer names and reason.
    const en = diag('graph/layer-violation', { field: r.field, from: r.from, to: r.to, fromLayer: LAYER_LABEL[v.fromLayer].en, toLayer: LAYER_LABEL[v.toLayer].en, reason: reasonEn, source: v.source });
    d.message.en = en.message.en;
    return d;
  });
}

export interface GraphDiagnosticsOptions {
  /**
   * False when earlier stages reported errors: invalid elements and unresolved references are missing
   * from the model, so an element may only look unconnected; `graph/isolated` is then not reported.
   */
  complete?: boolean;
}

/** Every graph finding of the model, as diagnostics. */
export function graphDiagnostics(model: ArchitectureModel, options: GraphDiagnosticsOptions = {}): Diagnostic[] {
  const iso = options.complete === false ? [] : isolatedDiagnostics(model);
  return [...cycleDiagnostics(model), ...iso, ...bypassDiagnostics(model), ...layerDiagnostics(model)];
}
