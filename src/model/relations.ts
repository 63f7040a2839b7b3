/**
 * The relation table: one row for every reference field of every element kind.
 *
 * Naming rules
 * - `relation` says how the SOURCE element (the one holding the field) relates to the
 *   TARGET, as a camelCase verb phrase read "source <relation> target"
 *   (e.g. `information-system.uses` → "he-thong-tthc uses lgsp-bo").
 * - `inverse` says the same edge from the TARGET's side ("lgsp-bo usedBy he-thong-tthc").
 *   Pairs are symmetric: if A.relation = X with inverse Y, any field declared from the
 *   other side uses relation Y with inverse X (e.g. `storedIn/stores` on data-entity and
 *   `stores/storedIn` on database).
 * - `targets` lists every kind the field may point at; `national`, `std`, `ministry`,
 *   `province` mean a prefixed catalogue id (`national:ndxp`, `std:tt39-utf-8`, …).
 * - `many` is true when the field is an array.
 * - `dependency` is true when the edge means "the source cannot work without the target";
 *   those edges feed cycle detection and `arch impact`.
 * - `link` marks the two ends of a connecting element (an integration's `from` and `to`). For impact the
 *   element is a dependency between its ends: its consumer depends on it, and it on its provider. An end
 *   outside the architecture (national:, ministry:, province:) is the provider; between two of the
 *   ministry's own elements the data flows from `from` to `to`, so `to` is the consumer (both ways for
 *   `direction: two_way`). See src/graph/impact.ts.
 * Manifest-only references (e.g. `contents.implementation.responsibilities[].unit`) are not
 * element relations and are not listed.
 */
import { KINDS, type Kind } from './kinds.js';

export type RelationTarget = Kind | 'national' | 'std' | 'ministry' | 'province';

export interface RelationSpec {
  kind: Kind;
  field: string;
  relation: string;
  inverse: string;
  targets: readonly RelationTarget[];
  many: boolean;
  /** true if it is a "depends on" edge used for cycles/impact */
  dependency: boolean;
  /** An end of a connecting element (see the naming rules above). */
  link?: 'from' | 'to';
}

const ALL_KINDS: readonly Kind[] = KINDS;
const APP_TARGETS: readonly RelationTarget[] = ['information-system', 'platform', 'database', 'technology-component', 'national'];
const STD_TARGETS: readonly RelationTarget[] = ['standard', 'std'];

const row = (
  kind: Kind,
  field: string,
  relation: string,
  inverse: string,
  targets: readonly RelationTarget[],
  many: boolean,
  dependency = false,
  link?: 'from' | 'to',
): RelationSpec => ({ kind, field, relation, inverse, targets, many, dependency, ...(link ? { link } : {}) });

const common: RelationSpec[] = ALL_KINDS.flatMap((kind) => [
  row(kind, 'owner', 'ownedBy', 'owns', ['org-unit'], false),
  row(kind, 'satisfies', 'satisfies', 'satisfiedBy', ['principle'], true),
]);

const specific: RelationSpec[] = [
  // business
  row('org-unit', 'parent', 'partOf', 'hasPart', ['org-unit'], false),
  row('org-unit', 'province', 'locatedIn', 'locationOf', ['province'], false),
  row('org-unit', 'successor', 'succeededBy', 'succeeds', ['org-unit'], false),
  row('channel', 'serves', 'servesUserGroup', 'servedBy', ['user-group'], true),
  row('channel', 'providedBy', 'providedBy', 'provides', ['information-system', 'platform', 'national'], false, true),
  row('business-function', 'parent', 'partOf', 'hasPart', ['business-function'], false),
  row('business-function', 'performedBy', 'performedBy', 'performs', ['org-unit'], true),
  row('public-service', 'processedBy', 'processedBy', 'processes', ['information-system'], false, true),
  row('public-service', 'function', 'realizes', 'realizedBy', ['business-function'], false),
  row('public-service', 'users', 'servesUserGroup', 'servedBy', ['user-group'], true),
  row('public-service', 'channels', 'offeredThrough', 'offers', ['channel'], true),
  row('public-service', 'dataEntities', 'usesData', 'dataUsedBy', ['data-entity'], true),
  // data
  row('data-entity', 'authoritativeSource', 'hasAuthoritativeSource', 'authoritativeSourceOf', ['database', 'national'], false, true),
  row('data-entity', 'storedIn', 'storedIn', 'stores', ['database'], true),
  row('data-entity', 'copyOf', 'copies', 'copiedBy', ['national'], false, true),
  row('database', 'nationalRef', 'mirrors', 'mirroredBy', ['national'], false),
  row('database', 'replicaOf', 'replicaOf', 'hasReplica', ['database', 'national'], false),
  row('database', 'dbms', 'runsOn', 'runs', ['technology-component'], false),
  row('database', 'stores', 'stores', 'storedIn', ['data-entity'], true),
  row('database', 'managedBy', 'managedBy', 'manages', ['information-system'], false),
  // application
  row('information-system', 'subsystems', 'hasPart', 'partOf', ['information-system'], true, true),
  row('information-system', 'operator', 'operatedBy', 'operates', ['org-unit'], false),
  row('information-system', 'users', 'servesUserGroup', 'servedBy', ['user-group'], true),
  row('information-system', 'uses', 'uses', 'usedBy', APP_TARGETS, true, true),
  row('information-system', 'dependsOn', 'dependsOn', 'dependencyOf', ['information-system'], true, true),
  row('information-system', 'databases', 'usesDatabase', 'databaseOf', ['database'], true, true),
  row('information-system', 'hostedOn', 'hostedIn', 'hosts', ['technology-component'], false),
  row('information-system', 'channels', 'offeredThrough', 'offers', ['channel', 'national'], true),
  row('platform', 'connectsTo', 'connectsTo', 'connectedFrom', ['platform', 'information-system', 'database', 'national'], true, true),
  row('platform', 'hostedOn', 'hostedIn', 'hosts', ['technology-component'], false),
  row('integration', 'from', 'flowsFrom', 'sourceOf', ['information-system', 'platform', 'database', 'public-service', 'national', 'ministry', 'province'], false, true, 'from'),
  row('integration', 'to', 'flowsTo', 'targetOf', ['information-system', 'platform', 'database', 'public-service', 'national', 'ministry', 'province'], false, true, 'to'),
  row('integration', 'via', 'routedVia', 'routes', ['platform', 'national'], true, true),
  row('integration', 'protocols', 'conformsTo', 'conformedBy', STD_TARGETS, true),
  row('integration', 'dataEntities', 'carries', 'carriedBy', ['data-entity'], true),
  // technology
  row('technology-component', 'hostedIn', 'hostedIn', 'hosts', ['technology-component'], false, true),
  row('technology-component', 'standards', 'conformsTo', 'conformedBy', STD_TARGETS, true),
  // security
  row('security-control', 'covers', 'protects', 'protectedBy', ['information-system', 'platform'], true),
  row('security-control', 'standards', 'conformsTo', 'conformedBy', STD_TARGETS, true),
  // governance
  row('standard', 'catalogueRef', 'adopts', 'adoptedBy', ['std'], false),
  row('standard', 'appliesTo', 'appliesTo', 'governedBy', [...ALL_KINDS, 'national'], true),
  row('gap', 'from', 'hasBaseline', 'baselineOfGap', ALL_KINDS, false),
  row('gap', 'to', 'hasTarget', 'targetOfGap', ALL_KINDS, false),
  row('project', 'addresses', 'addresses', 'addressedBy', ['gap'], true),
  row('project', 'delivers', 'delivers', 'deliveredBy', ALL_KINDS, true),
  row('project', 'targets', 'targets', 'targetedBy', ['platform', 'information-system', 'national'], true),
  row('project', 'dependsOn', 'dependsOn', 'dependencyOf', ['project'], true, true),
  row('project', 'leadUnit', 'ledBy', 'leads', ['org-unit'], false),
  row('project', 'coordinatingUnits', 'coordinatedBy', 'coordinates', ['org-unit'], true),
];

export const RELATIONS: readonly RelationSpec[] = Object.freeze(
  [...common, ...specific].sort((a, b) =>
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  ),
);

const BY_KIND: ReadonlyMap<Kind, readonly RelationSpec[]> = new Map(
  KINDS.map((kind) => [kind, RELATIONS.filter((r) => r.kind === kind)] as const),
);

export function relationsOf(kind: Kind): readonly RelationSpec[] {
  return BY_KIND.get(kind) ?? [];
}

export function relationOf(kind: Kind, field: string): RelationSpec | undefined {
  return relationsOf(kind).find((r) => r.field === field);
}
