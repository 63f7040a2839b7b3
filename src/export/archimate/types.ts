/** ArchiMate 3.1 element and relationship types used by the exporter. */
export const ARCHIMATE_ELEMENT_TYPES = [
  'ApplicationComponent',
  'ApplicationInterface',
  'Artifact',
  'BusinessActor',
  'BusinessFunction',
  'BusinessInterface',
  'BusinessRole',
  'BusinessService',
  'Constraint',
  'DataObject',
  'Gap',
  'Node',
  'Principle',
  'Requirement',
  'WorkPackage',
] as const;
export type ArchimateElementType = (typeof ARCHIMATE_ELEMENT_TYPES)[number];

export type ArchimateRelationshipType =
  | 'Access'
  | 'Aggregation'
  | 'Assignment'
  | 'Association'
  | 'Composition'
  | 'Flow'
  | 'Influence'
  | 'Realization'
  | 'Serving'
  | 'Specialization'
  | 'Triggering';
