/**
 * A context view (one element and its direct neighbours) laid out by arch itself, without Graphviz: what points
 * at the element on the left, what it points at on the right, the element in the middle, one line per neighbour
 * with the relation names beside the neighbour's end (so labels never cross). Deterministic and about a
 * thousand times faster than a Graphviz layout, which matters with one page per system at national scale.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { legend } from './graph-svg.js';
import { kindFill, lineStyle, STROKE } from './style.js';
import { FONT_FAMILY, textBlock, wrap, xml } from './svg-text.js';
import type { NodeLinkView, ViewNode } from './types.js';

const COL_W = 200;
const GAP_X = 150;
const GAP_Y = 14;
const PT = 12;
const LINE = 15;

interface Placed {
  node: ViewNode;
  x: number;
  y: number;
  h: number;
  lines: string[];
  labels: string[];
  dependency: boolean;
}

function place(nodes: { node: ViewNode; labels: string[]; dependency: boolean }[], x: number, top: number): { placed: Placed[]; height: number } {
  let y = top;
  const placed = nodes.map(({ node, labels, dependency }) => {
    const lines = wrap(node.name, COL_W - 16, PT, 3);
    const h = lines.length * LINE + 16;
    const p = { node, x, y, h, lines, labels, dependency };
    y += h + GAP_Y;
    return p;
  });
  return { placed, height: Math.max(0, y - top - GAP_Y) };
}

function box(p: Placed): string {
  const style = lineStyle(p.node);
  const stroke = p.node.highlight ? 'stroke="#c62828" stroke-width="3"' : STROKE[style];
  const color = style === 'retiring' ? ' fill="#616161"' : '';
  return `<g><title>${xml(`${p.node.name} (${p.node.id})`)}</title><rect x="${p.x}" y="${p.y}" width="${COL_W}" height="${p.h}" rx="6" fill="${kindFill(p.node.kind)}" ${stroke}/>${textBlock(p.lines, p.x + 8, p.y + 8 + 11, PT, color)}</g>`;
}

/** Can this view be drawn here? Only a non-aggregated view whose edges all touch its one highlighted node. */
export function isContextView(view: NodeLinkView): boolean {
  const focus = view.nodes.filter((n) => n.highlight);
  return !view.aggregated && focus.length === 1 && view.edges.every((e) => e.from === focus[0]!.id || e.to === focus[0]!.id);
}

export function contextSvg(view: NodeLinkView, lang: Lang, idPrefix: string, title: string): string {
  const focus = view.nodes.find((n) => n.highlight)!;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const left = new Map<string, { node: ViewNode; labels: string[]; dependency: boolean }>();
  const right = new Map<string, { node: ViewNode; labels: string[]; dependency: boolean }>();
  // A neighbour the element points at goes right (even when it also points back); the others go left.
  for (const e of view.edges) if (e.from === focus.id && e.to !== focus.id) (right.get(e.to) ?? right.set(e.to, { node: byId.get(e.to)!, labels: [], dependency: false }).get(e.to)!).labels.push(e.label);
  for (const e of view.edges) {
    if (e.to !== focus.id || e.from === focus.id) continue;
    // A relation pointing back from a right-hand neighbour is named there, marked with its direction.
    if (right.has(e.from)) right.get(e.from)!.labels.push(`← ${e.label}`);
    else (left.get(e.from) ?? left.set(e.from, { node: byId.get(e.from)!, labels: [], dependency: false }).get(e.from)!).labels.push(e.label);
  }
  for (const e of view.edges) {
    const side = e.from === focus.id ? right.get(e.to) : left.get(e.from) ?? right.get(e.from);
    if (side && e.dependency) side.dependency = true;
  }
  const sorted = (m: Map<string, { node: ViewNode; labels: string[]; dependency: boolean }>) => [...m.values()].sort((a, b) => (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : a.node.id < b.node.id ? -1 : 1));
  const top = 10;
  const xs = [10, 10 + COL_W + GAP_X, 10 + 2 * (COL_W + GAP_X)];
  const l = place(sorted(left), xs[0]!, top);
  const r = place(sorted(right), xs[2]!, top);
  const fLines = wrap(focus.name, COL_W - 16, PT, 4);
  const fh = fLines.length * LINE + 16;
  const height = Math.max(l.height, r.height, fh);
  const f: Placed = { node: focus, x: xs[1]!, y: top + Math.round((height - fh) / 2), h: fh, lines: fLines, labels: [], dependency: false };
  const fy = f.y + fh / 2;
  const out: string[] = [];
  const arrow = `${idPrefix}-arrow`;
  // Relation names beside the neighbour's end of its line: the first line above it, a second below.
  const label = (p: Placed) => wrap(p.labels.filter((x, i, a) => a.indexOf(x) === i).join('; '), GAP_X - 24, PT, 2);
  const labelY = (y: number, i: number) => Math.round(i === 0 ? y - 6 : y + 16);
  for (const p of l.placed) {
    const y = p.y + p.h / 2;
    out.push(`<path d="M${p.x + COL_W},${y} C${p.x + COL_W + GAP_X / 2},${y} ${f.x - GAP_X / 2},${fy} ${f.x - 2},${fy}" fill="none" stroke="${p.dependency ? '#37474f' : '#78909c'}" stroke-width="1.2"${p.dependency ? '' : ' stroke-dasharray="5 3"'} marker-end="url(#${arrow})"/>`);
    label(p).forEach((t, i) => out.push(`<text x="${p.x + COL_W + 6}" y="${labelY(y, i)}" font-size="${PT}" fill="#37474f">${xml(t)}</text>`));
  }
  for (const p of r.placed) {
    const y = p.y + p.h / 2;
    out.push(`<path d="M${f.x + COL_W},${fy} C${f.x + COL_W + GAP_X / 2},${fy} ${p.x - GAP_X / 2},${y} ${p.x - 2},${y}" fill="none" stroke="${p.dependency ? '#37474f' : '#78909c'}" stroke-width="1.2"${p.dependency ? '' : ' stroke-dasharray="5 3"'} marker-end="url(#${arrow})"/>`);
    label(p).forEach((t, i) => out.push(`<text x="${p.x - 6}" y="${labelY(y, i)}" font-size="${PT}" text-anchor="end" fill="#37474f">${xml(t)}</text>`));
  }
  const width = xs[2]! + COL_W + 10;
  const lg = legend(view, width, lang);
  const H = top + height + 16 + lg.height;
  return [
    '<!-- generated by arch -->',
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="${FONT_FAMILY}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#37474f"/></marker></defs>`,
    `<rect width="${width}" height="${H}" fill="#ffffff"/>`,
    ...out,
    ...[...l.placed, ...r.placed, f].map(box),
    `<g transform="translate(0 ${top + height + 12})">${lg.svg.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
