/**
 * The part of the ArchiMate relationship table (ArchiMate 3.1 Appendix B) that matters for the element types
 * arch exports. Letters: a access, c composition, f flow, g aggregation, i assignment, n influence,
 * o association, r realization, s specialization, t triggering, v serving.
 * Transcribed from the table Archi ships (com.archimatetool.model/model/relationships.xml, the relationships
 * Archi accepts on import); pairs not listed allow Association only (conservative).
 */
import type { ArchimateElementType, ArchimateRelationshipType } from './types.js';

type Row = Partial<Record<ArchimateElementType, string>>;

export const ALLOWED: Readonly<Record<ArchimateElementType, Row>> = {
  ApplicationComponent: { ApplicationComponent: 'cfgorstv', ApplicationInterface: 'cfgortv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'fortv', BusinessInterface: 'fortv', BusinessRole: 'fotv', BusinessService: 'fortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'o' },
  ApplicationInterface: { ApplicationComponent: 'fotv', ApplicationInterface: 'cfgostv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'fotv', BusinessInterface: 'fortv', BusinessRole: 'fotv', BusinessService: 'fortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'o' },
  Artifact: { ApplicationComponent: 'or', ApplicationInterface: 'or', Artifact: 'cgors', BusinessActor: 'o', BusinessFunction: 'or', BusinessInterface: 'or', BusinessRole: 'o', BusinessService: 'or', Constraint: 'nor', DataObject: 'or', Gap: 'o', WorkPackage: 'o' },
  BusinessActor: { ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', Artifact: 'ao', BusinessActor: 'cfgostv', BusinessFunction: 'fiotv', BusinessInterface: 'cfgiotv', BusinessRole: 'fiotv', BusinessService: 'fiortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'io' },
  BusinessFunction: { ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'cfgostv', BusinessInterface: 'fotv', BusinessRole: 'fotv', BusinessService: 'fortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor' },
  BusinessInterface: { ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'fotv', BusinessInterface: 'cfgostv', BusinessRole: 'fotv', BusinessService: 'fiotv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'o' },
  BusinessRole: { ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'fiotv', BusinessInterface: 'cfgotv', BusinessRole: 'cfgostv', BusinessService: 'fiortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'io' },
  BusinessService: { ApplicationComponent: 'fotv', ApplicationInterface: 'fotv', Artifact: 'ao', BusinessActor: 'fotv', BusinessFunction: 'fotv', BusinessInterface: 'fotv', BusinessRole: 'fotv', BusinessService: 'cfgostv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'fotv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'o' },
  Constraint: { Constraint: 'cgnos', Principle: 'nor', Requirement: 'cgnos' },
  DataObject: { DataObject: 'cgos', Principle: 'nor', Requirement: 'nor' },
  Gap: {},
  Node: { ApplicationComponent: 'fortv', ApplicationInterface: 'fortv', Artifact: 'aio', BusinessActor: 'fiotv', BusinessFunction: 'fiortv', BusinessInterface: 'fiortv', BusinessRole: 'fiotv', BusinessService: 'fiortv', Constraint: 'nor', DataObject: 'ao', Gap: 'o', Node: 'cfgiostv', Principle: 'nor', Requirement: 'nor', WorkPackage: 'io' },
  Principle: { Constraint: 'no', Principle: 'cgnos', Requirement: 'no' },
  Requirement: { Constraint: 'cgnos', Principle: 'nor', Requirement: 'cgnos' },
  WorkPackage: { ApplicationComponent: 'or', ApplicationInterface: 'or', Artifact: 'or', BusinessActor: 'or', BusinessFunction: 'or', BusinessInterface: 'or', BusinessRole: 'or', BusinessService: 'or', Constraint: 'nor', DataObject: 'or', Gap: 'o', Node: 'or', Principle: 'nor', Requirement: 'nor', WorkPackage: 'cfgost' },
};

const LETTER: Record<ArchimateRelationshipType, string> = {
  Access: 'a',
  Composition: 'c',
  Flow: 'f',
  Aggregation: 'g',
  Assignment: 'i',
  Influence: 'n',
  Association: 'o',
  Realization: 'r',
  Specialization: 's',
  Triggering: 't',
  Serving: 'v',
};

/** Whether ArchiMate allows `type` from an element of type `source` to one of type `target`. */
export function isAllowed(type: ArchimateRelationshipType, source: ArchimateElementType, target: ArchimateElementType): boolean {
  if (type === 'Association') return true;
  return (ALLOWED[source][target] ?? 'o').includes(LETTER[type]);
}
