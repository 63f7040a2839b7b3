/**
 * The Word pictures of an outline, rendered before the document is built: each diagram's SVG placed within the
 * page's text area (never enlarged) and rendered to PNG at DPI where placed, all of them at once (resvg renders
 * on libuv's thread pool).
 */
import { svgToPngAsync, type Png } from '../../views/index.js';
import { inlineSvgText } from '../helpers/html.js';
import type { OutlineViewModel, DiagramBlock } from '../view-models/types.js';
import { textHeightPx, textWidthPx, type Conventions } from './conventions.js';

/** The resolution of a diagram's PNG where Word places it (at least 150 dpi is required). */
const DPI = 200;

export interface Picture extends Png {
  /** Size on the page in px of 96 dpi. */
  placed: { width: number; height: number };
}

/** Size of an SVG in CSS pixels (Graphviz writes points). */
function svgSize(svg: string): { width: number; height: number } {
  const num = (attr: string): number => {
    const m = new RegExp(`\\s${attr}="([0-9.]+)(pt|px)?"`).exec(svg.slice(0, 2000));
    if (!m) return 400;
    return m[2] === 'pt' ? (Number(m[1]) * 96) / 72 : Number(m[1]);
  };
  return { width: num('width'), height: num('height') };
}

/** Pictures by the diagram's SVG text. */
export async function renderPictures(vm: OutlineViewModel, c: Conventions): Promise<Map<string, Picture>> {
  const blocks = vm.chapters.flatMap((ch) => ch.sections.flatMap((s) => s.blocks)).filter((b): b is DiagramBlock => b.type === 'diagram');
  const out = new Map<string, Picture>();
  await Promise.all(
    blocks.map(async (b) => {
      const svg = inlineSvgText(b.svg);
      if (svg === null || out.has(b.svg)) return;
      const size = svgSize(svg);
      const scale = Math.min(1, textWidthPx(c) / size.width, textHeightPx(c) / size.height);
      const placed = { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
      // Placed at `placed.width` px of 96 dpi: the PNG gets placed × DPI / 96 pixels (more would only slow rendering).
      out.set(b.svg, { ...(await svgToPngAsync(svg, (placed.width * DPI) / 96 / size.width)), placed });
    }),
  );
  return out;
}
