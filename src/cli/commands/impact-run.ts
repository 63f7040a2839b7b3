import { subgraph } from '../../graph/build-graph.js';
import { impact, type ImpactEntry, type ImpactResult } from '../../graph/impact.js';
import { nodeName, type ArchitectureGraph } from '../../graph/types.js';
import { toMermaid } from '../../export/mermaid.js';
import { GENERATED_MARKER } from '../../util/safe-write.js';
import type { CliIO, Lang } from '../io.js';
import type { ImpactCliOptions } from './impact.js';
import { emit, loadGraph, parseDepth, requireNode } from './graph-input.js';

/** The path as the graph reads it: `a —uses→ b —connectsTo→ c` (for `up`, from the dependant to the root). */
function pathText(e: ImpactEntry): string {
  const edges = e.direction === 'down' ? e.edges : [...e.edges].reverse();
  if (edges.length === 0) return e.id;
  return [edges[0]!.from, ...edges.map((x) => `—${x.relation}→ ${x.to}`)].join(' ');
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
      return { id: e.id, direction: e.direction, distance: e.distance, kind: n.kind, layer: n.layer, name: n.name, path: e.path, edges: e.edges.map((x) => ({ from: x.from, to: x.to, relation: x.relation, field: x.field })) };
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
    const pathEdges = new Set(r.entries.flatMap((e) => e.edges));
    const sub = subgraph(graph, keep);
    out = toMermaid({ ...sub, edges: sub.edges.filter((e) => pathEdges.has(e)) }, { lang: opts.lang, highlight: [id] });
  } else out = text(graph, r, opts.lang, opts.direction);
  emit(io, out, opts.output, opts.force);
  return input.exit;
}
