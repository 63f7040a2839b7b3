/**
 * Public API of the graph stage (used by the conformance rules, the documents and the CLI).
 * Signatures here are stable; add, do not change.
 */
export type { ArchitectureGraph, GraphEdge, GraphNode, NodeLayer } from './types.js';
export { LAYERS, LAYER_LABEL, nodeName } from './types.js';
export { buildGraph, subgraph } from './build-graph.js';
export { findCycles, stronglyConnected, type Cycle } from './cycles.js';
export { impact, ImpactEntry, type Direction, type ImpactOptions, type ImpactResult } from './impact.js';
export { graphDiagnostics, referenceLocation } from './graph-diagnostics.js';
export {
  externalIntegrationsBypassingPlatform,
  integrationPlatformIds,
  isConnecting,
  isolated,
  layerViolations,
  ISOLATION_KINDS,
  type BypassFinding,
  type LayerViolation,
} from './findings.js';
export { graphRules, type GraphRules } from './graph-rules.js';
