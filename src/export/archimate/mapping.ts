/**
 * The ArchiMate mapping, in one place: every element kind (and catalogue namespace) → an ArchiMate 3.1
 * element type, and every relation of the relation table → an ordered list of candidate relationships.
 * The exporter takes the first candidate that ArchiMate allows between the two element types
 * (`allowed.ts`), and falls back to Association, which is always allowed. docs/graph.md shows this table.
 */
import type { Kind } from '../../model/kinds.js';
import type { GraphNode } from '../../graph/types.js';
import { isAllowed } from './allowed.js';
import type { ArchimateElementType, ArchimateRelationshipType } from './types.js';

export const ELEMENT_TYPE: Readonly<Record<Kind, ArchimateElementType>> = {
  'org-unit': 'BusinessActor',
  'user-group': 'BusinessRole',
  channel: 'BusinessInterface',
  'business-function': 'BusinessFunction',
  'public-service': 'BusinessService',
  'data-entity': 'DataObject',
  database: 'Artifact',
  'information-system': 'ApplicationComponent',
  platform: 'ApplicationComponent',
  integration: 'ApplicationInterface',
  'technology-component': 'Node',
  'security-control': 'Requirement',
  principle: 'Principle',
  standard: 'Constraint',
  gap: 'Gap',
  project: 'WorkPackage',
};

/** Catalogue entries (external nodes) by namespace. */
export const EXTERNAL_TYPE: Readonly<Record<'national' | 'std' | 'ministry' | 'province', ArchimateElementType>> = {
  national: 'ApplicationComponent',
  std: 'Constraint',
  ministry: 'BusinessActor',
  province: 'BusinessActor',
};

export type AccessType = 'Read' | 'Write' | 'ReadWrite' | 'Access';

export interface Candidate {
  type: ArchimateRelationshipType;
  /** Draw the relationship from the reference's target to its source. */
  reverse?: boolean;
  accessType?: AccessType;
}

const c = (type: ArchimateRelationshipType, reverse = false, accessType?: AccessType): Candidate => ({ type, reverse, ...(accessType ? { accessType } : {}) });

/**
 * Candidates by `<kind>.<field>` (or `*.<field>` for fields every kind has). A missing entry means Association.
 * Read "reverse" as: the ArchiMate relationship goes from the referenced element to the referring one
 * (e.g. `public-service.processedBy: httt` → httt Serving the public service).
 */
export const RELATIONSHIP_CANDIDATES: Readonly<Record<string, readonly Candidate[]>> = {
  '*.owner': [c('Association')],
  '*.satisfies': [c('Realization')],
  'org-unit.parent': [c('Composition', true)],
  'org-unit.province': [c('Association')],
  'org-unit.successor': [c('Association')],
  'channel.serves': [c('Serving')],
  'channel.providedBy': [c('Serving', true)],
  'business-function.parent': [c('Composition', true)],
  'business-function.performedBy': [c('Assignment', true)],
  'public-service.processedBy': [c('Serving', true)],
  'public-service.function': [c('Realization', true)],
  'public-service.users': [c('Serving')],
  'public-service.channels': [c('Assignment', true)],
  'public-service.dataEntities': [c('Access', false, 'Read')],
  'data-entity.authoritativeSource': [c('Realization', true)],
  'data-entity.storedIn': [c('Realization', true)],
  'data-entity.copyOf': [c('Association')],
  'database.nationalRef': [c('Association')],
  'database.replicaOf': [c('Association')],
  'database.dbms': [c('Assignment', true)],
  'database.stores': [c('Realization')],
  'database.managedBy': [c('Access', true, 'ReadWrite')],
  'information-system.subsystems': [c('Composition')],
  'information-system.operator': [c('Association')],
  'information-system.users': [c('Serving')],
  'information-system.uses': [c('Serving', true), c('Access', false, 'ReadWrite')],
  'information-system.dependsOn': [c('Serving', true)],
  'information-system.databases': [c('Access', false, 'ReadWrite')],
  'information-system.hostedOn': [c('Serving', true)],
  'information-system.channels': [c('Serving')],
  'platform.connectsTo': [c('Flow'), c('Access', false, 'ReadWrite')],
  'platform.hostedOn': [c('Serving', true)],
  'integration.from': [c('Flow', true)],
  'integration.to': [c('Flow'), c('Access', false, 'Write')],
  'integration.via': [c('Serving', true)],
  'integration.protocols': [c('Realization')],
  'integration.dataEntities': [c('Access', false, 'Read')],
  'technology-component.hostedIn': [c('Aggregation', true)],
  'technology-component.standards': [c('Realization')],
  'security-control.covers': [c('Realization', true)],
  'security-control.standards': [c('Association')],
  'standard.catalogueRef': [c('Association')],
  'standard.appliesTo': [c('Association')],
  'gap.from': [c('Association')],
  'gap.to': [c('Association')],
  'project.addresses': [c('Association')],
  'project.delivers': [c('Realization')],
  'project.targets': [c('Association')],
  'project.dependsOn': [c('Triggering', true)],
  'project.leadUnit': [c('Assignment', true)],
  'project.coordinatingUnits': [c('Assignment', true)],
};

export function elementTypeOf(node: GraphNode): ArchimateElementType {
  return node.external ? EXTERNAL_TYPE[node.kind as keyof typeof EXTERNAL_TYPE] ?? 'ApplicationComponent' : ELEMENT_TYPE[node.kind as Kind];
}

export function candidatesFor(kind: string, field: string): readonly Candidate[] {
  return RELATIONSHIP_CANDIDATES[`${kind}.${field}`] ?? RELATIONSHIP_CANDIDATES[`*.${field}`] ?? [c('Association')];
}

export interface ChosenRelationship {
  type: ArchimateRelationshipType;
  reverse: boolean;
  accessType?: AccessType;
}

/** The relationship to export for a reference from `source` (holding `field`) to `target`. */
export function chooseRelationship(field: string, source: GraphNode, target: GraphNode): ChosenRelationship {
  const s = elementTypeOf(source);
  const t = elementTypeOf(target);
  for (const cand of candidatesFor(source.kind, field)) {
    const [from, to] = cand.reverse ? [t, s] : [s, t];
    if (isAllowed(cand.type, from, to)) return { type: cand.type, reverse: Boolean(cand.reverse), ...(cand.accessType ? { accessType: cand.accessType } : {}) };
  }
  return { type: 'Association', reverse: false };
}
