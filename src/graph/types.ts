/**
 * The architecture graph as plain data: one node per element (plus one external node per catalogue
 * entry that an element refers to) and one edge per resolved reference. Sorted, so every exporter is
 * byte-stable. Graph algorithms live in `queries.ts`; graphology is used only behind `graphology.ts`.
 */
import type { Kind, Layer } from '../model/kinds.js';
import type { Reference, Status, Text } from '../model/types.js';

/** Layer of a node: a model layer, or `external` for catalogue entries (national, ministry, province, std). */
export type NodeLayer = Layer | 'external';

export interface GraphNode {
  /** Element id, or namespaced catalogue id (`national:ndxp`). */
  id: string;
  /** Element kind, or the catalogue namespace for external nodes. */
  kind: Kind | 'national' | 'std' | 'ministry' | 'province';
  layer: NodeLayer;
  name: Text;
  external: boolean;
  status?: Status;
  /** Extra attributes exported as properties (securityLevel, platformType, level …). */
  props: Record<string, string>;
}

/** An edge is a resolved reference of the model, as is. */
export type GraphEdge = Reference;

export interface ArchitectureGraph {
  /** Sorted: model layers in LAYERS order, then external nodes; by id within a layer. */
  nodes: GraphNode[];
  /** Sorted by from, to, field, index. */
  edges: GraphEdge[];
  byId: Map<string, GraphNode>;
}

export const LAYERS: readonly NodeLayer[] = ['business', 'data', 'application', 'technology', 'security', 'governance', 'external'];

export const LAYER_LABEL: Readonly<Record<NodeLayer, { vi: string; en: string }>> = {
  business: { vi: 'Nghiệp vụ', en: 'Business' },
  data: { vi: 'Dữ liệu', en: 'Data' },
  application: { vi: 'Ứng dụng', en: 'Application' },
  technology: { vi: 'Công nghệ', en: 'Technology' },
  security: { vi: 'An toàn thông tin', en: 'Security' },
  governance: { vi: 'Quản trị', en: 'Governance' },
  external: { vi: 'Bên ngoài (danh mục quốc gia)', en: 'External (national catalogues)' },
};

export const nodeName = (n: GraphNode, lang: 'vi' | 'en'): string => (lang === 'en' ? n.name.en ?? n.name.vi : n.name.vi);
