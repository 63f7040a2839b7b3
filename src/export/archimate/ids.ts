/**
 * Identifiers for the exchange file: valid xs:ID (NCName) values with the `id-` prefix. Element ids
 * (`[a-z0-9]+([-_.][a-z0-9]+)*`) never contain `--`, so `--` separates the parts of derived ids and a
 * catalogue ref `national:ndxp` becomes `id-national--ndxp`; anything else outside NCName becomes `_`.
 */
const clean = (s: string): string => s.replace(/:/g, '--').replace(/[^A-Za-z0-9._-]/g, '_');

export const elementId = (id: string): string => `id-${clean(id)}`;
export const relationshipId = (from: string, field: string, index: number | undefined): string => `id-r--${clean(from)}--${clean(field)}--${index ?? 0}`;
export const viewId = (layer: string): string => `id-view--${layer}`;
export const viewNodeId = (layer: string, id: string): string => `id-n--${layer}--${clean(id)}`;
export const connectionId = (layer: string, relId: string): string => `id-c--${layer}--${relId.slice(3)}`;
export const propertyId = (name: string): string => `propid-${clean(name)}`;
