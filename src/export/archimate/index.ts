export { archimatePieces, toArchimate, type ArchimateOptions } from './exchange.js';
export { ELEMENT_TYPE, EXTERNAL_TYPE, RELATIONSHIP_CANDIDATES, candidatesFor, chooseRelationship, elementTypeOf } from './mapping.js';
export { ALLOWED, isAllowed } from './allowed.js';
export { ARCHIMATE_ELEMENT_TYPES, type ArchimateElementType, type ArchimateRelationshipType } from './types.js';
