/**
 * As-is → to-be inside one repository, from lifecycle statuses, gaps and projects:
 * - the current (as-is) architecture: elements `current` or `retiring`;
 * - the target (to-be): elements `current`, `target` or `planned` (retiring ones are gone);
 * - the transition architecture after each roadmap phase (phases in order, projects without a phase last):
 *   what its projects deliver comes in; a retiring element leaves in the phase that delivers its
 *   replacement (the `to` of a gap whose `from` it is) or that addresses such a gap (`addresses`);
 * - derived gaps: target or planned elements no project delivers, retiring elements with no replacement,
 *   projects that deliver nothing.
 * Projects and gaps are the plan, not part of either architecture.
 */
import { elementsOfKind } from './by-kind.js';
import { ofKind, type ArchitectureModel, type Element, type ElementOf } from './types.js';
import { periodStart } from './queries.js';

export interface TransitionPhase {
  /** The projects' `phase`, or null for projects without one. */
  phase: string | null;
  projects: string[];
  /** Elements its projects deliver that were not there before. */
  delivers: string[];
  /** Retiring elements whose replacement this phase delivers. */
  retires: string[];
  /** How many elements the architecture has after the phase. */
  elementsAfter: number;
}

export interface Transition {
  asIs: string[];
  toBe: string[];
  phases: TransitionPhase[];
  /** What the roadmap leaves to do to reach the target: target elements no phase brings in, elements no phase retires. */
  afterRoadmap: { delivers: string[]; retires: string[] };
  undelivered: string[];
  unreplaced: string[];
  emptyProjects: string[];
}

const PLAN_KINDS = new Set(['project', 'gap']);

/** The phase a project belongs to (its `phase` text), or null. */
export function phaseOf(project: ElementOf<'project'>): string | null {
  return project.phase?.trim() || null;
}

/** The phases of a roadmap in the order they happen: by their earliest project start, then by name; projects with no phase come last. */
export function phaseOrder(projects: readonly ElementOf<'project'>[]): (string | null)[] {
  const first = new Map<string | null, string>();
  for (const p of projects) {
    const phase = phaseOf(p);
    const start = p.start ? periodStart(p.start) : '9999';
    if (!first.has(phase) || start < first.get(phase)!) first.set(phase, start);
  }
  return [...first.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : first.get(a)!.localeCompare(first.get(b)!) || a.localeCompare(b)));
}

export const inAsIs = (e: Element): boolean => !PLAN_KINDS.has(e.kind) && (e.status === 'current' || e.status === 'retiring');
export const inToBe = (e: Element): boolean => !PLAN_KINDS.has(e.kind) && e.status !== 'retiring';

export function transitionOf(model: ArchitectureModel): Transition {
  const asIs = model.elements.filter(inAsIs).map((e) => e.id);
  const toBe = model.elements.filter(inToBe).map((e) => e.id);
  const projects = elementsOfKind(model, 'project');
  const replacementsOf = new Map<string, string[]>();
  for (const g of elementsOfKind(model, 'gap')) {
    if (g.from && g.to) (replacementsOf.get(g.from) ?? replacementsOf.set(g.from, []).get(g.from)!).push(g.to);
  }
  const byPhase = new Map<string | null, ElementOf<'project'>[]>();
  for (const p of projects) (byPhase.get(phaseOf(p)) ?? byPhase.set(phaseOf(p), []).get(phaseOf(p))!).push(p);
  const order = phaseOrder(projects);

  const present = new Set(asIs);
  const phases: TransitionPhase[] = [];
  for (const phase of order) {
    const ps = byPhase.get(phase)!.sort((a, b) => a.id.localeCompare(b.id));
    const delivered = [...new Set(ps.flatMap((p) => p.delivers ?? []))].filter((id) => model.byId.has(id) && !PLAN_KINDS.has(model.byId.get(id)!.kind)).sort();
    const delivers = delivered.filter((id) => !present.has(id));
    for (const id of delivers) present.add(id);
    const now = new Set(delivered);
    const addressed = new Set(ps.flatMap((p) => p.addresses ?? []).map((g) => ofKind(model.byId.get(g), 'gap')?.from));
    const retires = [...present].filter((id) => model.byId.get(id)?.status === 'retiring' && (addressed.has(id) || (replacementsOf.get(id) ?? []).some((to) => now.has(to)))).sort();
    for (const id of retires) present.delete(id);
    phases.push({ phase, projects: ps.map((p) => p.id), delivers, retires, elementsAfter: present.size });
  }
  const deliveredAll = new Set(projects.flatMap((p) => p.delivers ?? []));
  const target = new Set(toBe);
  return {
    asIs,
    toBe,
    phases,
    afterRoadmap: { delivers: toBe.filter((id) => !present.has(id)), retires: [...present].filter((id) => !target.has(id)).sort() },
    undelivered: model.elements.filter((e) => (e.status === 'target' || e.status === 'planned') && !PLAN_KINDS.has(e.kind) && !deliveredAll.has(e.id)).map((e) => e.id),
    unreplaced: model.elements.filter((e) => e.status === 'retiring' && !PLAN_KINDS.has(e.kind) && !(replacementsOf.get(e.id) ?? []).some((to) => model.byId.has(to))).map((e) => e.id),
    emptyProjects: projects.filter((p) => !p.delivers?.length).map((p) => p.id),
  };
}
