/**
 * What a change does to an architecture: two checked versions in, plain data out (no text, no I/O).
 * Elements added, removed, renamed and changed field by field; relations added and removed; findings
 * introduced, resolved and unchanged (by fingerprint, see fingerprint.ts); what depends on what was removed
 * or changed, transitively; and the changes that matter for security and data protection.
 */
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import { dependents } from '../graph/impact.js';
import type { ArchitectureGraph } from '../graph/types.js';
import { KIND_INFO, type Kind, type Layer } from '../model/kinds.js';
import type { Transition } from '../model/transition.js';
import { carriesPersonalData, securityLevelOf } from '../model/queries.js';
import { fieldOf, ofKind, type ArchitectureModel, type Element, type ElementOf, type Reference, type Text } from '../model/types.js';
import { countFingerprints, fingerprintFindings, matchFingerprints } from './fingerprint.js';

/** One checked version, reduced to what a comparison needs (the rest of the check is left to the collector). */
export interface Version {
  /** How the user named it: a git ref, a commit or a folder. */
  label: string;
  /** Absent when no model could be built (then `diagnostics` say why). */
  model?: ArchitectureModel;
  graph?: ArchitectureGraph;
  /** Validation diagnostics and rule findings, sorted. */
  diagnostics: Diagnostic[];
}

export interface ElementRef {
  id: string;
  kind: Kind;
  layer: Layer;
  name: Text;
}

export interface FieldChange {
  /** Dotted path of the field (`securityApproval.decision`, `uses`). */
  field: string;
  /** Absent when the field was added. */
  old?: unknown;
  /** Absent when the field was removed. */
  new?: unknown;
}

export interface ElementChange extends ElementRef {
  fields: FieldChange[];
  /** Set when the id changed while kind and name stayed: the old id. */
  renamedFrom?: string;
}

export interface RelationRef {
  from: string;
  relation: string;
  to: string;
}

export interface FindingRef {
  fingerprint: string;
  element?: string;
  diagnostic: Diagnostic;
}

export interface ImpactRef extends ElementRef {
  /** The removed or changed element it depends on (the nearest). */
  cause: string;
  distance: number;
}

export type SecurityChangeKind = 'level-lowered' | 'approval-removed' | 'personal-data-flow' | 'off-lgsp';

export interface SecurityChange {
  kind: SecurityChangeKind;
  element: ElementRef;
  detail: Localized;
}

export interface ArchitectureDiff {
  base: { label: string; version: string; date: string };
  head: { label: string; version: string; date: string };
  added: ElementRef[];
  removed: ElementRef[];
  changed: ElementChange[];
  relations: { added: RelationRef[]; removed: RelationRef[] };
  findings: { introduced: FindingRef[]; resolved: FindingRef[]; unchanged: number };
  impact: ImpactRef[];
  security: SecurityChange[];
  /** Only for `--as-is-to-be`: the transition by roadmap phase and the derived gaps. */
  transition?: Transition;
}

const ref = (e: Element): ElementRef => ({ id: e.id, kind: e.kind, layer: KIND_INFO[e.kind].layer, name: e.name });
const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-level differences: objects key by key, everything else (arrays included) as a whole. */
const asRecord = (e: Element): Record<string, unknown> => e as unknown as Record<string, unknown>;

function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (key === 'id') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    const [x, y] = [a[key], b[key]];
    if (same(x, y)) continue;
    if (x && y && !isScalar(x) && !isScalar(y) && !Array.isArray(x) && !Array.isArray(y)) out.push(...fieldChanges(x as Record<string, unknown>, y as Record<string, unknown>, field));
    else out.push({ field, ...(x !== undefined ? { old: x } : {}), ...(y !== undefined ? { new: y } : {}) });
  }
  return out;
}

const relationKey = (r: RelationRef) => `${r.from}\u0000${r.relation}\u0000${r.to}`;
const relationsOf = (refs: readonly Reference[]): Map<string, RelationRef> => new Map(refs.map((r) => [relationKey(r), { from: r.from, relation: r.relation, to: r.to }]));
const byRelation = (a: RelationRef, b: RelationRef) => a.from.localeCompare(b.from) || a.relation.localeCompare(b.relation) || a.to.localeCompare(b.to);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function lgspVia(model: ArchitectureModel, e: ElementOf<'integration'>): string[] {
  return (e.via ?? []).filter((v) => ofKind(model.byId.get(v), 'platform')?.platformType === 'lgsp');
}

function securityChanges(base: ArchitectureModel, head: ArchitectureModel, changed: readonly ElementChange[], added: readonly ElementRef[]): SecurityChange[] {
  const out: SecurityChange[] = [];
  for (const c of changed) {
    const [was, now] = [base.byId.get(c.renamedFrom ?? c.id)!, head.byId.get(c.id)!];
    const [from, to] = [securityLevelOf(was), securityLevelOf(now)];
    if (from !== undefined && to !== undefined && to < from) {
      out.push({ kind: 'level-lowered', element: c, detail: { vi: `cấp độ an toàn hạ từ ${from} xuống ${to}`, en: `security level lowered from ${from} to ${to}` } });
    }
    if (fieldOf(was, 'securityApproval') !== undefined && fieldOf(now, 'securityApproval') === undefined) {
      out.push({ kind: 'approval-removed', element: c, detail: { vi: 'bỏ quyết định phê duyệt cấp độ', en: 'security-level approval removed' } });
    }
    if (now.kind === 'integration' && was.kind === 'integration') {
      if (carriesPersonalData(head, now) && !carriesPersonalData(base, was)) out.push({ kind: 'personal-data-flow', element: c, detail: { vi: 'kết nối nay truyền dữ liệu cá nhân', en: 'the integration now carries personal data' } });
      const before = lgspVia(base, was);
      if (before.length > 0 && lgspVia(head, now).length === 0) out.push({ kind: 'off-lgsp', element: c, detail: { vi: `không còn đi qua ${before.join(', ')}`, en: `no longer goes through ${before.join(', ')}` } });
    }
  }
  for (const a of added) {
    const e = head.byId.get(a.id)!;
    if (e.kind === 'integration' && carriesPersonalData(head, e)) out.push({ kind: 'personal-data-flow', element: a, detail: { vi: 'kết nối mới truyền dữ liệu cá nhân', en: 'a new integration carries personal data' } });
  }
  return out.sort((x, y) => byId(x.element, y.element) || x.kind.localeCompare(y.kind));
}

function impactOf(graph: ArchitectureGraph, roots: readonly string[], skip: ReadonlySet<string>, model: ArchitectureModel): ImpactRef[] {
  const out: ImpactRef[] = [];
  for (const d of dependents(graph, roots)) {
    const e = model.byId.get(d.id);
    if (!e || skip.has(d.id)) continue;
    out.push({ ...ref(e), cause: d.cause, distance: d.distance });
  }
  return out;
}


/** Compares two versions that both have a model (the caller reports a version without one). */
export function compareVersions(baseV: Version, headV: Version): ArchitectureDiff {
  const base = baseV.model!;
  const head = headV.model!;
  const removedIds = base.elements.filter((e) => !head.byId.has(e.id));
  const addedIds = head.elements.filter((e) => !base.byId.has(e.id));
  // Rename candidates: an id that went away and one that came with the same kind and name.
  const goneByName = new Map<string, Element[]>();
  for (const e of removedIds) {
    const key = `${e.kind}\u0000${e.name.vi}`;
    (goneByName.get(key) ?? goneByName.set(key, []).get(key)!).push(e);
  }
  const renamed = new Map<string, string>();
  for (const e of addedIds) {
    const candidates = goneByName.get(`${e.kind}\u0000${e.name.vi}`);
    if (candidates?.length === 1) {
      renamed.set(e.id, candidates[0]!.id);
      goneByName.delete(`${e.kind}\u0000${e.name.vi}`);
    }
  }
  const renamedOld = new Set(renamed.values());
  const changed: ElementChange[] = [];
  for (const e of head.elements) {
    const oldId = renamed.get(e.id) ?? (base.byId.has(e.id) ? e.id : undefined);
    if (oldId === undefined) continue;
    const fields = fieldChanges(asRecord(base.byId.get(oldId)!), asRecord(e));
    if (fields.length > 0 || oldId !== e.id) changed.push({ ...ref(e), fields, ...(oldId !== e.id ? { renamedFrom: oldId } : {}) });
  }
  const added = addedIds.filter((e) => !renamed.has(e.id)).map(ref);
  const removed = removedIds.filter((e) => !renamedOld.has(e.id)).map(ref);

  // Relations of a renamed element are compared under its new id.
  const newIdOf = new Map([...renamed].map(([now, was]) => [was, now]));
  const renamedRefs = base.references.map((r) => (newIdOf.has(r.from) || newIdOf.has(r.to) ? { ...r, from: newIdOf.get(r.from) ?? r.from, to: newIdOf.get(r.to) ?? r.to } : r));
  const [relBase, relHead] = [relationsOf(renamedRefs), relationsOf(head.references)];
  const relations = {
    added: [...relHead].filter(([k]) => !relBase.has(k)).map(([, r]) => r).sort(byRelation),
    removed: [...relBase].filter(([k]) => !relHead.has(k)).map(([, r]) => r).sort(byRelation),
  };

  const before = fingerprintFindings(baseV.diagnostics, base);
  const after = fingerprintFindings(headV.diagnostics, head);
  const forward = matchFingerprints(after, countFingerprints(before));
  const backward = matchFingerprints(before, countFingerprints(after));

  const touched = new Set([...added.map((e) => e.id), ...changed.map((e) => e.id)]);
  const impact = [
    ...impactOf(baseV.graph!, removed.map((e) => e.id), new Set([...touched, ...removed.map((e) => e.id)]), base).filter((i) => head.byId.has(i.id)),
    ...impactOf(headV.graph!, changed.map((e) => e.id), touched, head),
  ];
  const nearest = new Map<string, ImpactRef>();
  for (const i of impact) if (!nearest.has(i.id) || nearest.get(i.id)!.distance > i.distance) nearest.set(i.id, i);

  const summary = (m: ArchitectureModel, label: string) => ({ label, version: m.manifest.architecture.version, date: m.manifest.architecture.date });
  return {
    base: summary(base, baseV.label),
    head: summary(head, headV.label),
    added: added.sort(byId),
    removed: removed.sort(byId),
    changed: changed.sort(byId),
    relations,
    // Both lists keep the order of the findings they come from, which normalizeDiagnostics sorted.
    findings: { introduced: forward.fresh, resolved: backward.fresh, unchanged: forward.known.length },
    impact: [...nearest.values()].sort((a, b) => a.distance - b.distance || byId(a, b)),
    security: securityChanges(base, head, changed, added),
  };
}
