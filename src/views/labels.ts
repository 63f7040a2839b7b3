/** Shared label helpers for the exporters: node display names and kind/layer labels in one language. */
import { KIND_INFO, isKind } from '../model/kinds.js';
import { LAYER_LABEL, nodeName, type GraphNode, type NodeLayer } from '../graph/types.js';

export type ExportLang = 'vi' | 'en';

const NS_LABEL: Record<string, { vi: string; en: string }> = {
  national: { vi: 'Danh mục quốc gia', en: 'National catalogue' },
  std: { vi: 'Tiêu chuẩn (danh mục)', en: 'Standard (catalogue)' },
  ministry: { vi: 'Bộ, ngành', en: 'Ministry' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
};

export function kindLabel(kind: string, lang: ExportLang): string {
  if (isKind(kind)) return KIND_INFO[kind].label[lang];
  return NS_LABEL[kind]?.[lang] ?? kind;
}

export const layerLabel = (layer: NodeLayer, lang: ExportLang): string => LAYER_LABEL[layer][lang];

/** One-line display name: control characters and line breaks become spaces, whitespace collapsed. */
export function displayName(n: GraphNode, lang: ExportLang): string {
  return oneLine(nodeName(n, lang)) || n.id;
}

export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
