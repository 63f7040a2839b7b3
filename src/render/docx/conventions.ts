/** Page and type conventions of Vietnamese administrative documents (templates/docx/conventions.json). */
import type { Text } from '../../model/types.js';
import { templateData } from '../engine.js';

export interface Conventions {
  source: Text;
  pageMm: { width: number; height: number };
  marginsMm: { top: number; bottom: number; left: number; right: number };
  font: string;
  bodyPt: number;
  titlePt: number;
  heading1Pt: number;
  heading2Pt: number;
  heading3Pt: number;
  tablePt: number;
  firstLineIndentMm: number;
  paragraphAfterPt: number;
  lineSpacing: number;
}

export function loadConventions(templatesDir?: string): Conventions {
  return templateData('docx/conventions.json', templatesDir) as Conventions;
}

/** Millimetres to twentieths of a point, rounded (A4 = 11906 × 16838). */
export const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Points to half-points (the unit of w:sz). */
export const halfPt = (pt: number): number => Math.round(pt * 2);
/** Usable text width in pixels at 96 dpi, for scaling diagrams. */
export const textWidthPx = (c: Conventions): number => Math.floor(((c.pageMm.width - c.marginsMm.left - c.marginsMm.right) / 25.4) * 96);
export const textHeightPx = (c: Conventions): number => Math.floor(((c.pageMm.height - c.marginsMm.top - c.marginsMm.bottom) / 25.4) * 96 * 0.85);
