/**
 * Transitive impact over dependency edges: `down` follows what an element depends on, `up` follows
 * what depends on it. Breadth-first, so each reached element comes with a shortest path to it.
 * A connecting element (an integration: relation table `link`) is a dependency between its two ends: its
 * consumer depends on it and it on its provider, never the other way (a system's own integration does not
 * depend on the system, and a national platform never depends on a ministry's system).
 */
import { isKind } from '../model/kinds.js';
import { relationOf } from '../model/relations.js';
import { inEdges, outEdges } from './graphology.js';
import type { ArchitectureGraph, GraphEdge } from './types.js';

export type Direction = 'up' | 'down' | 'both';

export interface ImpactOptions {
  direction?: Direction;
  /** Maximum number of hops; unlimited when omitted. */
  depth?: number;
  /** Follow every relation instead of dependency edges only. */
  allRelations?: boolean;
}

const HEAD = 16;

/** One reached element. `path` and `edges` are computed on first use from parent links (memory stays linear). */
export class ImpactEntry {
  /** The first entries of the path from the root (at most HEAD; shared between entries once full). */
  private readonly head: readonly ImpactEntry[];
  constructor(
    readonly id: string,
    readonly direction: 'up' | 'down',
    readonly distance: number,
    private readonly parent: ImpactEntry | undefined,
    /** The last edge of the path (the one that reached this element). */
    readonly via: GraphEdge | undefined,
  ) {
    const before = parent?.head ?? [];
    this.head = before.length < HEAD ? [...before, this] : before;
  }

  /**
   * The path's entries from the root when it has at most 2·keep of them; otherwise its first and last `keep`
   * entries with `undefined` for the gap. Constant time in the path's length (keep ≤ HEAD).
   */
  ends(keep: number): (ImpactEntry | undefined)[] {
    if (this.distance + 1 <= 2 * keep) {
      const all: ImpactEntry[] = [];
      for (let e: ImpactEntry | undefined = this; e; e = e.parent) all.push(e);
      return all.reverse();
    }
    const tail: ImpactEntry[] = [];
    for (let e: ImpactEntry | undefined = this; tail.length < keep && e; e = e.parent) tail.push(e);
    return [...this.head.slice(0, keep), undefined, ...tail.reverse()];
  }

  /** The element the path reaches this one from (the root for distance 1). */
  get previous(): string | undefined {
    return this.parent?.id;
  }

  /** The edges along the path from the root, in the graph's own direction (from → to); built on each call, never kept. */
  get edges(): GraphEdge[] {
    const out: GraphEdge[] = [];
    for (let e: ImpactEntry | undefined = this; e?.via; e = e.parent) out.push(e.via);
    return out.reverse();
  }

  /** Ids from the root to this element, both included. */
  get path(): string[] {
    const ids: string[] = [];
    for (let e: ImpactEntry | undefined = this; e; e = e.parent) ids.push(e.id);
    return ids.reverse();
  }
}

export interface ImpactResult {
  root: string;
  /** `down` entries then `up` entries, each by distance then id. */
  entries: ImpactEntry[];
}

export function impact(graph: ArchitectureGraph, id: string, options: ImpactOptions = {}): ImpactResult {
  const direction = options.direction ?? 'both';
  const entries: ImpactEntry[] = [];
  if (!graph.byId.has(id)) return { root: id, entries };
  const all = Boolean(options.allRelations);
  if (direction !== 'up') entries.push(...walk(id, 'down', (n) => steps(graph, n, 'down', all), options.depth));
  if (direction !== 'down') entries.push(...walk(id, 'up', (n) => steps(graph, n, 'up', all), options.depth));
  return { root: id, entries };
}

interface Step {
  edge: GraphEdge;
  next: string;
}

/** Which end of its connecting element an edge reaches (`from`/`to`), or undefined for any other edge. */
function linkEnd(graph: ArchitectureGraph, e: GraphEdge): 'from' | 'to' | undefined {
  const kind = graph.byId.get(e.from)?.kind;
  return kind !== undefined && isKind(kind) ? relationOf(kind, e.field)?.link : undefined;
}

/**
 * The roles of one end of a connecting element, by the rule of the relation table (model/relations.ts): an end
 * outside the architecture only provides; across two of the ministry's own elements data flows from `from`
 * to `to`, both ways for `direction: two_way`.
 */
function roles(graph: ArchitectureGraph, link: GraphEdge, end: 'from' | 'to'): { provides: boolean; consumes: boolean } {
  const external = (e: GraphEdge) => graph.byId.get(e.to)?.external === true;
  if (external(link)) return { provides: true, consumes: false };
  const others = outEdges(graph, link.from, true).filter((e) => e !== link && linkEnd(graph, e) !== undefined);
  if (others.some(external)) return { provides: false, consumes: true };
  const both = graph.byId.get(link.from)?.props.direction === 'two_way';
  return { provides: both || end === 'from', consumes: both || end === 'to' };
}

/**
 * One step of a walk from `n`: the edge taken and the element it reaches. Dependency edges in the walk's
 * direction, except an integration's edges to its ends, which follow the integration's roles: up, a provider
 * reaches the integration and the integration its consumers; down, the other way round.
 */
function steps(graph: ArchitectureGraph, n: string, dir: 'up' | 'down', all: boolean): Step[] {
  const out: Step[] = [];
  for (const e of dir === 'down' ? outEdges(graph, n, all) : inEdges(graph, n, all)) {
    if (e.from === e.to) continue;
    const end = linkEnd(graph, e);
    // An integration's edge to an end it depends on (a provider): down to the end, up from the end to the integration.
    if (end === undefined || roles(graph, e, end).provides) out.push({ edge: e, next: dir === 'down' ? e.to : e.from });
  }
  // The other way round: up from an integration to a consumer; down from a consumer to the integration.
  for (const e of dir === 'down' ? inEdges(graph, n, true) : outEdges(graph, n, true)) {
    const end = e.from !== e.to ? linkEnd(graph, e) : undefined;
    if (end !== undefined && roles(graph, e, end).consumes) out.push({ edge: e, next: dir === 'down' ? e.from : e.to });
  }
  return out;
}

function walk(root: string, dir: 'up' | 'down', adj: (id: string) => Step[], depth: number | undefined): ImpactEntry[] {
  const seen = new Map<string, ImpactEntry>([[root, new ImpactEntry(root, dir, 0, undefined, undefined)]]);
  const found: ImpactEntry[] = [];
  let frontier = [root];
  for (let d = 1; frontier.length && (depth === undefined || d <= depth); d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      const here = seen.get(cur)!;
      for (const { edge: e, next: other } of adj(cur)) {
        if (seen.has(other)) continue;
        const entry = new ImpactEntry(other, dir, d, here, e);
        seen.set(other, entry);
        found.push(entry);
        next.push(other);
      }
    }
    frontier = next.sort();
  }
  return found.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Everything that depends on any of `roots`, transitively (as `impact` walks up), each with the nearest root
 * it depends on and how many steps away: one breadth-first walk from all roots at once.
 */
export function dependents(graph: ArchitectureGraph, roots: readonly string[]): { id: string; cause: string; distance: number }[] {
  const cause = new Map<string, string>();
  for (const r of [...roots].sort()) cause.set(r, r);
  const found: { id: string; cause: string; distance: number }[] = [];
  let frontier = [...cause.keys()];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const { next: from } of steps(graph, cur, 'up', false)) {
        if (cause.has(from)) continue;
        cause.set(from, cause.get(cur)!);
        found.push({ id: from, cause: cause.get(cur)!, distance: d });
        next.push(from);
      }
    }
    frontier = next.sort();
  }
  return found;
}
