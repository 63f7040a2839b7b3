/**
 * Diagram contents (`diagram:<id>` in the chapter files), drawn from the views (src/views): `overall` is the
 * framework's layered overview; the others are bounded node-link views of the element kinds listed in
 * `templates/outline-common/diagrams.json`. Markdown gets Mermaid, HTML and Word the SVG (Word adds a PNG).
 */
import { InputError } from '../../util/errors.js';
import { kindsView, overviewMermaid, overviewSvg, overviewView, viewDot, viewLabel, viewMermaid, viewSvg, VIEW_CAP } from '../../views/index.js';
import { templateData } from '../engine.js';
import { L, nextFigure, refName, tx, type BuildContext } from './context.js';
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
  const figure = ctx.counters.figure + 1;
  if (id === 'overall') {
    const view = overviewView(ctx);
    const count = [...view.rows.flatMap((r) => r.groups.map((g) => g.items.length)), ...view.bars.map((b) => b.items.length)].reduce((a, b) => a + b, 0);
    if (count === 0) return [];
    const caption = nextFigure(ctx, tx(ctx, spec.title));
    return [{ type: 'diagram', caption, anchor: `figure-${figure}`, mermaid: overviewMermaid(view, ctx.lang), dot: '', svg: ctx.svg ? overviewSvg(view, ctx.lang, `fig${figure}`, caption) : '', nodeCount: count, edgeCount: 0, relations: [], note: L(ctx, 'diagram.overviewNote').replace('{0}', tx(ctx, view.source)) }];
  }
  const view = kindsView(ctx.graph, spec.kinds, spec.external, id, ctx.lang);
  if (view.nodes.length === 0) return [];
  const caption = nextFigure(ctx, tx(ctx, spec.title));
  const names = new Map(view.nodes.map((n) => [n.id, n.count !== undefined ? `${n.name} (${n.count})` : refName(ctx, n.id)]));
  return [
    {
      type: 'diagram',
      caption,
      anchor: `figure-${figure}`,
      mermaid: viewMermaid(view),
      dot: viewDot(view, caption),
      svg: ctx.svg ? await viewSvg(view, ctx.lang, `fig${figure}`, caption) : '',
      nodeCount: view.nodes.length,
      edgeCount: view.edges.length,
      relations: view.edges.map((e) => [names.get(e.from)!, e.count && e.count > 1 ? `${e.label} ×${e.count}` : e.label, names.get(e.to)!]),
      ...(view.aggregated ? { note: viewLabel('aggregatedNote', ctx.lang, view.aggregated.nodes, view.aggregated.edges, VIEW_CAP.nodes, VIEW_CAP.edges) } : {}),
    },
  ];
}
