import { subgraph } from '../../graph/build-graph.js';
import { impact } from '../../graph/impact.js';
import { LAYERS, type ArchitectureGraph } from '../../graph/types.js';
import { toDot } from '../../export/dot.js';
import { graphmlPieces } from '../../export/graphml.js';
import { jsonGraphPieces } from '../../export/json.js';
import { toMermaidResult } from '../../export/mermaid.js';
import { KINDS } from '../../model/kinds.js';
import { InputError } from '../../util/errors.js';
import { closest } from '../../util/suggest.js';
import { boundedView, viewSvg, VIEW_CAP } from '../../views/index.js';
import type { CliIO } from '../io.js';
import { emit, loadGraph, parseDepth, requireNode } from './graph-input.js';
import type { Lang } from '../io.js';
import type { GraphFormat } from '../formats.js';

export interface GraphOptions {
  format: GraphFormat;
  layer?: string;
  kind?: string;
  root?: string;
  depth?: string;
  direction: 'up' | 'down' | 'both';
  allRelations?: boolean;
  output?: string;
  force?: boolean;
  lang: Lang;
}

function list(value: string | undefined, allowed: readonly string[], option: string): Set<string> | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (allowed.includes(item)) continue;
    const guess = closest(item, allowed);
    throw new InputError({
      vi: `${option}: giá trị "${item}" không hợp lệ${guess ? ` — có phải "${guess}"?` : ''} (chọn trong: ${allowed.join(', ')})`,
      en: `${option}: "${item}" is not valid${guess ? ` — did you mean "${guess}"?` : ''} (choose from: ${allowed.join(', ')})`,
    });
  }
  return new Set(items);
}

/** Applies --root/--depth/--direction, then --layer and --kind (the root always stays). */
export function filterGraph(graph: ArchitectureGraph, opts: Pick<GraphOptions, 'layer' | 'kind' | 'root' | 'depth' | 'direction' | 'allRelations'>): ArchitectureGraph {
  const layers = list(opts.layer, LAYERS, '--layer');
  const kinds = list(opts.kind, [...KINDS, 'national', 'std', 'ministry', 'province'], '--kind');
  const depth = parseDepth(opts.depth);
  if (depth !== undefined && !opts.root) throw new InputError({ vi: '--depth chỉ dùng cùng --root', en: '--depth only applies with --root' });
  let keep = new Set(graph.nodes.map((n) => n.id));
  if (opts.root) {
    requireNode(graph, opts.root, '--root');
    const reached = impact(graph, opts.root, { direction: opts.direction, ...(depth !== undefined ? { depth } : {}), allRelations: Boolean(opts.allRelations) });
    keep = new Set([opts.root, ...reached.entries.map((e) => e.id)]);
  }
  for (const n of graph.nodes) {
    if (n.id === opts.root) continue;
    if ((layers && !layers.has(n.layer)) || (kinds && !kinds.has(n.kind))) keep.delete(n.id);
  }
  return subgraph(graph, keep);
}

export async function runGraph(io: CliIO, dir: string, opts: GraphOptions): Promise<number> {
  const input = loadGraph(io, dir, opts.lang, 'graph');
  if (!input) return 1;
  const g = filterGraph(input.graph, opts);
  const highlight = opts.root ? [opts.root] : [];
  let text: string | Iterable<string>;
  switch (opts.format) {
    case 'dot':
      text = toDot(g, { lang: opts.lang, highlight });
      break;
    case 'mermaid': {
      const r = toMermaidResult(g, { lang: opts.lang, highlight });
      text = r.text;
      if (r.simplified.length) {
        io.stderr(
          opts.lang === 'vi'
            ? `arch graph: sơ đồ Mermaid được rút gọn để GitHub hiển thị được (bỏ: ${r.simplified.join(', ')})${r.fits ? '' : ' nhưng vẫn vượt giới hạn'}; dùng --layer, --kind hoặc --root để xem đầy đủ\n`
            : `arch graph: the Mermaid diagram was simplified so GitHub can render it (left out: ${r.simplified.join(', ')})${r.fits ? '' : ' and still exceeds the limits'}; use --layer, --kind or --root for the full picture\n`,
        );
      }
      break;
    }
    case 'graphml':
      text = graphmlPieces(g, { lang: opts.lang });
      break;
    case 'json':
      text = jsonGraphPieces(g, { lang: opts.lang });
      break;
    case 'svg': {
      // A picture is laid out only for a bounded selection: above the cap, say how to narrow it (exit 2).
      const shown = g.edges.filter((e) => e.field !== 'owner' && e.field !== 'satisfies' && e.from !== e.to).length;
      if (g.nodes.length > VIEW_CAP.nodes || shown > VIEW_CAP.edges) {
        throw new InputError({
          vi: `--format svg: phần chọn có ${g.nodes.length} thành phần và ${shown} quan hệ, vượt giới hạn ${VIEW_CAP.nodes} / ${VIEW_CAP.edges} của một sơ đồ đọc được — thu hẹp bằng --layer, --kind, --root <id> --depth <n>, hoặc xuất toàn bộ dạng văn bản với --format dot, mermaid, graphml hay json`,
          en: `--format svg: the selection has ${g.nodes.length} elements and ${shown} relations, above the ${VIEW_CAP.nodes} / ${VIEW_CAP.edges} a readable diagram holds — narrow it with --layer, --kind, --root <id> --depth <n>, or export all of it as text with --format dot, mermaid, graphml or json`,
        });
      }
      const view = boundedView(g, new Set(g.nodes.map((n) => n.id)), 'graph', opts.lang, opts.root);
      text = await viewSvg(view, opts.lang, 'graph', opts.root ? `${opts.root}` : 'arch graph');
      break;
    }
  }
  emit(io, text, opts.output, opts.force);
  return input.exit;
}
