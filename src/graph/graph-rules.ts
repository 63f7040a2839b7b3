/** The graph rules data file (`data/layer-rules.json`), typed and loaded once. */
import { readDataFile } from '../catalog/catalog.js';
import type { Localized } from '../diagnostics/diagnostic.js';
import type { Kind, Layer } from '../model/kinds.js';

export interface AllowedDependency {
  from: Layer;
  to: Layer[];
  source: string;
  confidence: string;
}

export interface ForbiddenEdge {
  id: string;
  fromKind?: Kind;
  fromLayer?: Layer;
  fields?: string[];
  toKind?: Kind;
  toLayer?: Layer;
  message: Localized;
  source: string;
  confidence: string;
}

export interface GraphRules {
  integrationPlatforms: {
    description: Localized;
    platformTypes: string[];
    national: string[];
    externalNamespaces: string[];
    /** Categories of national catalogue entries that are hubs themselves: a link ending there is no bypass. */
    nationalHubCategories: string[];
    nationalHubNote: Localized & { confidence: string };
    source: string;
    confidence: string;
  };
  allowedDependencies: AllowedDependency[];
  /** Layers a connecting element's ends (an integration's `from`, `to`) may reach whatever its own layer. */
  linkEndLayers: { layers: Layer[]; note: Localized; source: string; confidence: string };
  forbidden: ForbiddenEdge[];
}

let cached: GraphRules | undefined;

export function graphRules(): GraphRules {
  cached ??= readDataFile('layer-rules.json') as GraphRules;
  return cached;
}
