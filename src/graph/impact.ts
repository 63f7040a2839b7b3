/**
 * Transitive impact over dependency edges: `down` follows what an element depends on, `up` follows
 * what depends on it. Breadth-first, so each reached element comes with a shortest path to it.
 */
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
  const notLoop = (e: GraphEdge) => e.from !== e.to;
  if (direction !== 'up') entries.push(...walk(id, 'down', (n) => outEdges(graph, n, all).filter(notLoop), options.depth));
  if (direction !== 'down') entries.push(...walk(id, 'up', (n) => inEdges(graph, n, all).filter(notLoop), options.depth));
  return { root: id, entries };
}

function walk(root: string, dir: 'up' | 'down', adj: (id: string) => GraphEdge[], depth: number | undefined): ImpactEntry[] {
  const seen = new Map<string, ImpactEntry>([[root, new ImpactEntry(root, dir, 0, undefined, undefined)]]);
  const found: ImpactEntry[] = [];
  let frontier = [root];
  for (let d = 1; frontier.length && (depth === undefined || d <= depth); d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      const here = seen.get(cur)!;
      for (const e of adj(cur)) {
        const other = dir === 'down' ? e.to : e.from;
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
 * Everything that depends on any of `roots`, transitively (dependency edges followed backwards), each with
 * the nearest root it depends on and how many steps away: one breadth-first walk from all roots at once.
 */
export function dependents(graph: ArchitectureGraph, roots: readonly string[]): { id: string; cause: string; distance: number }[] {
  const cause = new Map<string, string>();
  for (const r of [...roots].sort()) cause.set(r, r);
  const found: { id: string; cause: string; distance: number }[] = [];
  let frontier = [...cause.keys()];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const { from, to } of inEdges(graph, cur)) {
        if (from === to) continue;
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
