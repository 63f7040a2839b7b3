/** How pictures look: fills by layer, line styles by status, shared by the views and the DOT export. */
import { KIND_INFO, isKind } from '../model/kinds.js';

export const LAYER_FILL: Record<string, string> = {
  business: '#fff4d6',
  data: '#e3f2fd',
  application: '#e8f5e9',
  technology: '#f3e5f5',
  security: '#ffebee',
  governance: '#eceff1',
  external: '#ffffff',
};

/** The fill of an element of a kind (its component architecture's colour); catalogue entries are white. */
export function kindFill(kind: string): string {
  return isKind(kind) ? LAYER_FILL[KIND_INFO[kind].layer]! : LAYER_FILL.external!;
}

export type LineStyle = 'own' | 'planned' | 'retiring' | 'national';

export function lineStyle(item: { external: boolean; status?: string }): LineStyle {
  if (item.external) return 'national';
  if (item.status === 'planned' || item.status === 'target') return 'planned';
  if (item.status === 'retiring') return 'retiring';
  return 'own';
}

/** SVG stroke attributes of a box in each line style. */
export const STROKE: Record<LineStyle, string> = {
  own: 'stroke="#546e7a" stroke-width="1"',
  planned: 'stroke="#546e7a" stroke-width="1.2" stroke-dasharray="6 3"',
  retiring: 'stroke="#9e9e9e" stroke-width="1.2" stroke-dasharray="2 2"',
  national: 'stroke="#263238" stroke-width="2.5"',
};
