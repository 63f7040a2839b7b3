/**
 * Views: named, bounded selections of the architecture drawn as pictures. The overview is the framework's
 * layered block diagram (no edges); node-link views hold at most VIEW_CAP nodes and edges, aggregating above it.
 */

/** One element as a view shows it (name in the view's language). */
export interface ViewItem {
  id: string;
  name: string;
  kind: string;
  external: boolean;
  status?: string;
}

export interface OverviewView {
  type: 'overview';
  id: string;
  /** The legal source of the layout (data/views/overview.json). */
  source: { vi: string; en: string };
  rows: { id: string; label: string; groups: { label: string; items: ViewItem[] }[] }[];
  bars: { id: string; label: string; items: ViewItem[] }[];
}

/** A node of a node-link view: an element, or (aggregated) all elements of one kind. */
export interface ViewNode extends ViewItem {
  layer: string;
  /** Aggregated views: how many elements the node stands for. */
  count?: number;
  highlight?: boolean;
}

export interface ViewEdge {
  from: string;
  to: string;
  /** The relation's name in the view's language. */
  label: string;
  dependency: boolean;
  /** Aggregated views: how many relations the edge stands for. */
  count?: number;
}

export interface NodeLinkView {
  type: 'graph';
  id: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Set when the selection was above the cap and the view shows one node per kind instead. */
  aggregated?: { nodes: number; edges: number };
}

export type View = OverviewView | NodeLinkView;

/** The documented cap of every node-link view (docs/documents.md). */
export const VIEW_CAP = { nodes: 60, edges: 150 } as const;
