/**
 * SVG text helpers for the views arch lays out itself: escaping, an estimate of text width in the bundled font
 * (Noto Sans: about 0.5 em a character on Vietnamese text, 0.56 em taken to stay inside boxes), and wrapping.
 */

export const FONT_FAMILY = 'Noto Sans, DejaVu Sans, Arial, sans-serif';
const EM_PER_CHAR = 0.56;

export function xml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const textWidth = (s: string, size: number): number => [...s].length * size * EM_PER_CHAR;

/**
 * Words wrapped into at most `maxLines` lines of `width` px; a word longer than a line is cut, and text that
 * does not fit ends with "…". Never returns an empty list for non-empty text.
 */
export function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * EM_PER_CHAR)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let w of words) {
    while ([...w].length > perLine) {
      if (line) lines.push(line), (line = '');
      lines.push([...w].slice(0, perLine - 1).join('') + '-');
      w = [...w].slice(perLine - 1).join('');
    }
    if (!line) line = w;
    else if ([...line].length + 1 + [...w].length <= perLine) line += ` ${w}`;
    else lines.push(line), (line = w);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1)).join('').trimEnd()}…`;
  return kept;
}

/** `<text>` with one `<tspan>` a line, the first baseline at y. */
export function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs = ''): string {
  const lh = Math.round(size * 1.25);
  return `<text x="${x}" y="${y}" font-size="${size}"${attrs}>${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lh}">${xml(l)}</tspan>`).join('')}</text>`;
}
