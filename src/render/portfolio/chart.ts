/**
 * The dashboard's chart: online public services by level, one stacked horizontal bar per agency, as plain
 * SVG (no script; text in the document's language; a legend for every colour).
 */
import { xmlEscape } from '../../format/escape.js';

export interface ServiceBar {
  agency: string;
  full: number;
  partial: number;
  none: number;
  undeclared: number;
}

const COLORS = ['#1a7f37', '#4ac26b', '#d4a72c', '#afb8c1'] as const;

export function servicesChart(bars: readonly ServiceBar[], legend: readonly [string, string, string, string], title: string): string {
  const labelW = 260;
  const barW = 420;
  const row = 26;
  const top = 34;
  const max = Math.max(1, ...bars.map((b) => b.full + b.partial + b.none + b.undeclared));
  const height = top + bars.length * row + 40;
  const width = Math.max(labelW + barW + 60, legend.reduce((end, l) => end + 16 + l.length * 7 + 18, labelW));
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlEscape(title)}" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="13">`];
  out.push(`<text x="0" y="18" font-weight="bold">${xmlEscape(title)}</text>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    const name = b.agency.length > 38 ? `${b.agency.slice(0, 37)}…` : b.agency;
    out.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${xmlEscape(name)}</text>`);
    let x = labelW;
    [b.full, b.partial, b.none, b.undeclared].forEach((n, k) => {
      const w = (n / max) * barW;
      if (w > 0) out.push(`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}" fill="${COLORS[k]}"><title>${xmlEscape(`${legend[k]}: ${n}`)}</title></rect>`);
      x += w;
    });
    out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 15}">${b.full + b.partial + b.none + b.undeclared}</text>`);
  });
  const ly = top + bars.length * row + 16;
  // Each entry starts after the previous one's text (about 7 px a character at this size).
  let x = labelW;
  legend.forEach((l, k) => {
    out.push(`<rect x="${x}" y="${ly}" width="12" height="12" fill="${COLORS[k]}"/><text x="${x + 16}" y="${ly + 11}">${xmlEscape(l)}</text>`);
    x += 16 + l.length * 7 + 18;
  });
  out.push('</svg>');
  return out.join('\n');
}
