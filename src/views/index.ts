/**
 * Views: named, bounded pictures of the architecture, used by the outline, the built site, `arch graph` and
 * the exports alike. `overview` is the framework's layered block diagram; `kindsView`, `integrationView` and
 * `contextView` are node-link views capped at VIEW_CAP.
 */
export { overviewView } from './overview.js';
export { overviewSvg, overviewMermaid } from './overview-svg.js';
export { boundedView, contextView, integrationView, kindsView } from './node-link.js';
export { viewDot, viewMermaid, viewSvg, GRAPHVIZ_LIMITS } from './graph-svg.js';
export { contextSvg, isContextView } from './context-svg.js';
export { svgToPng, svgToPngAsync, type Png } from './raster.js';
export { relationLabel, viewLabel } from './data.js';
export { VIEW_CAP, type NodeLinkView, type OverviewView, type View, type ViewEdge, type ViewItem, type ViewNode } from './types.js';
