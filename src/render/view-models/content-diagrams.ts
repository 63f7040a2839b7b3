/**
 * Diagram contents (`diagram:<id>` in the chapter files): the part of the architecture graph holding the
 * element kinds listed in `templates/outline-common/diagrams.json`, as Mermaid (Markdown), DOT and SVG
 * rendered offline by the WASM Graphviz of the graph stage (HTML, DOCX).
 */
import { renderSvg, subgraph, toDot, toMermaid } from '../../graph/index.js';
import { InputError } from '../../util/errors.js';
import { templateData } from '../engine.js';
import { nextFigure, refName, tx, type BuildContext } from './context.js';
import type { Block } from './types.js';
import type { Text } from '../../model/types.js';

interface DiagramSpec {
  title: Text;
  kinds: string[];
  external: boolean;
}

export function diagramSpecs(templatesDir: string | undefined): Record<string, DiagramSpec> {
  return (templateData('outline-common/diagrams.json', templatesDir) as { diagrams: Record<string, DiagramSpec> }).diagrams;
}

export async function diagramContent(ctx: BuildContext, id: string): Promise<Block[]> {
  const spec = diagramSpecs(ctx.templatesDir)[id];
  if (!spec) throw new InputError({ vi: `Tệp chương dùng sơ đồ không biết "diagram:${id}"`, en: `The chapter file uses an unknown diagram "diagram:${id}" (see templates/outline-common/diagrams.json)` });
  const own = new Set(ctx.graph.nodes.filter((n) => !n.external && spec.kinds.includes(n.kind)).map((n) => n.id));
  if (own.size === 0) return [];
  const keep = new Set(own);
  if (spec.external) {
    for (const e of ctx.graph.edges) {
      if (own.has(e.from) && ctx.graph.byId.get(e.to)?.kind === 'national') keep.add(e.to);
    }
  }
  const g = subgraph(ctx.graph, keep);
  const dot = toDot(g, { lang: ctx.lang });
  return [
    {
      type: 'diagram',
      caption: nextFigure(ctx, tx(ctx, spec.title)),
      mermaid: toMermaid(g, { lang: ctx.lang }),
      dot,
      svg: ctx.svg ? await renderSvg(dot) : '',
      nodeCount: g.nodes.length,
      edgeCount: g.edges.length,
      relations: g.edges.map((e) => [refName(ctx, e.from), e.relation, refName(ctx, e.to)]),
    },
  ];
}
