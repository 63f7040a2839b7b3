import { subgraph } from '../../graph/build-graph.js';
import { impact, type ImpactEntry, type ImpactResult } from '../../graph/impact.js';
import { nodeName, type ArchitectureGraph } from '../../graph/types.js';
import { toMermaid } from '../../export/mermaid.js';
import { GENERATED_MARKER } from '../../util/generated-file.js';
import type { CliIO, Lang } from '../io.js';
import { emit, loadGraph, parseDepth, requireNode } from './graph-input.js';

export interface ImpactCliOptions {
  format: 'text' | 'json' | 'mermaid';
  direction: 'up' | 'down' | 'both';
  depth?: string;
  allRelations?: boolean;
  output?: string;
  force?: boolean;
  lang: Lang;
}

/**
 * Paths with more hops than this are shown by their first and last ones: on a chain of n elements full paths
 * would make the output grow with n²; `previous` (JSON) links every element to the one before it on its path.
 */
const KEEP = 12;

/** The path as the graph reads it: `a —uses→ b —connectsTo→ c` (for `up`, from the dependant to the root). */
function pathText(e: ImpactEntry): string {
  const ends = e.ends(KEEP);
  const gap = `… (+${e.distance + 2 - ends.length}) …`;
  if (e.direction === 'down') return [ends[0]!.id, ...ends.slice(1).map((x) => (x ? `—${x.via!.relation}→ ${x.id}` : gap))].join(' ');
  // Upwards each element's `via` edge points at the one before it on the path: read the path backwards.
  const back = ends.reverse();
  return [back[0]!.id, ...back.slice(1).map((x, i) => (x ? `—${back[i]?.via?.relation ?? '…'}→ ${x.id}` : gap))].join(' ');
}

function text(graph: ArchitectureGraph, r: ImpactResult, lang: Lang, direction: string): string {
  const root = graph.byId.get(r.root)!;
  const out = [lang === 'vi' ? `Phân tích ảnh hưởng: ${r.root} — ${nodeName(root, 'vi')}` : `Impact of ${r.root} — ${nodeName(root, 'en')}`];
  const section = (dir: 'down' | 'up') => {
    const entries = r.entries.filter((e) => e.direction === dir);
    const head =
      dir === 'down'
        ? lang === 'vi' ? `Phụ thuộc vào (down): ${entries.length} phần tử` : `Depends on (down): ${entries.length} element${entries.length === 1 ? '' : 's'}`
        : lang === 'vi' ? `Bị phụ thuộc bởi (up): ${entries.length} phần tử` : `Depended on by (up): ${entries.length} element${entries.length === 1 ? '' : 's'}`;
    out.push('', head);
    const width = Math.max(0, ...entries.map((e) => e.id.length));
    for (const e of entries) {
      const n = graph.byId.get(e.id)!;
      out.push(`  ${String(e.distance).padStart(2)}  ${e.id.padEnd(width)}  ${nodeName(n, lang)} (${n.kind})`, `      ${pathText(e)}`);
    }
  };
  if (direction !== 'up') section('down');
  if (direction !== 'down') section('up');
  return `${out.join('\n')}\n`;
}

function json(graph: ArchitectureGraph, r: ImpactResult, opts: ImpactCliOptions, depth: number | undefined): string {
  const doc = {
    $comment: GENERATED_MARKER,
    root: r.root,
    direction: opts.direction,
    depth: depth ?? null,
    relations: opts.allRelations ? 'all' : 'dependency',
    entries: r.entries.map((e) => {
      const n = graph.byId.get(e.id)!;
      const ends = e.ends(KEEP);
      return {
        id: e.id,
        direction: e.direction,
        distance: e.distance,
        kind: n.kind,
        layer: n.layer,
        name: n.name,
        previous: e.previous,
        path: ends.map((x) => (x ? x.id : '…')),
        ...(ends.includes(undefined) ? { pathShortened: true } : {}),
        edges: ends.slice(1).map((x) => (x ? { from: x.via!.from, to: x.via!.to, relation: x.via!.relation, field: x.via!.field } : '…')),
      };
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function runImpact(io: CliIO, id: string, dir: string, opts: ImpactCliOptions): number {
  const depth = parseDepth(opts.depth);
  const input = loadGraph(io, dir, opts.lang, 'impact');
  if (!input) return 1;
  const { graph } = input;
  requireNode(graph, id, 'impact');
  const r = impact(graph, id, { direction: opts.direction, ...(depth !== undefined ? { depth } : {}), allRelations: Boolean(opts.allRelations) });
  let out: string;
  if (opts.format === 'json') out = json(graph, r, opts, depth);
  else if (opts.format === 'mermaid') {
    const keep = new Set([id, ...r.entries.map((e) => e.id)]);
    // Every path is the tree of last edges: the union of the paths is the set of `via` edges.
    const pathEdges = new Set(r.entries.map((e) => e.via));
    const sub = subgraph(graph, keep);
    out = toMermaid({ ...sub, edges: sub.edges.filter((e) => pathEdges.has(e)) }, { lang: opts.lang, highlight: [id] });
  } else out = text(graph, r, opts.lang, opts.direction);
  emit(io, out, opts.output, opts.force);
  return input.exit;
}
