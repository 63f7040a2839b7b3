/**
 * Model stage: indexes elements by id (duplicates reported with both places), resolves every reference
 * field through the relation table (unknown ids with a "did you mean", wrong kinds, unknown or expired
 * catalogue entries) and checks that the manifest's ministry code exists (whether it is in force on the
 * architecture's date is conformance rule C41).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { Catalogues, inForce, parseAgencyRef, parseCatalogueRef, type AgencyRef, type CatalogueEntry, type Namespace } from '../catalog/catalog.js';
import type { LoadedRepository } from '../load/load-repository.js';
import type { SchemaResult } from '../schema/validate.js';
import { compactString } from '../util/compact-string.js';
import { closest } from '../util/suggest.js';
import { KIND_INFO, type Kind } from './kinds.js';
import { relationsOf, type RelationSpec } from './relations.js';
import { fieldOf, type ArchitectureModel, type Element, type Origin, type Owner, type Reference } from './types.js';

export interface ModelResult {
  model?: ArchitectureModel;
  diagnostics: Diagnostic[];
}

const label = (target: string, lang: 'vi' | 'en'): string => (target in KIND_INFO ? KIND_INFO[target as Kind].label[lang] : `${target}:…`);

/** The "did you mean" parts of a message, in both languages (empty when there is no close match). */
const didYouMean = (guess: string | undefined) => ({
  suggestion: guess ? ` — có phải "${guess}"?` : '',
  suggestionEn: guess ? ` — did you mean "${guess}"?` : '',
});

/** A declared element id (the first declaration when duplicated), valid or not. */
interface Declared {
  /** The id as declared: references that resolve to it share this string. */
  id: string;
  /** Undefined for an unknown kind: the id then resolves no reference. */
  kind: Kind | undefined;
  element: Element;
  origin: Origin;
  /** Whether the element passed schema validation (only valid elements are in the model). */
  valid: boolean;
  /** Its references are `start` to `end` in the resolver's list (edges of valid elements only). */
  start: number;
  end: number;
}

/** The ids a reference can resolve to (those of a known kind), for "did you mean". */
function* idsWithKind(declared: Map<string, Declared>): Iterable<string> {
  for (const d of declared.values()) if (d.kind) yield d.id;
}

/** Location of the reference `field[index]` of the element declared at `origin`. */
function referenceAt(origin: Origin, spec: RelationSpec, index: number | undefined) {
  return origin.file.at(index === undefined ? ['elements', origin.index, spec.field] : ['elements', origin.index, spec.field, index]);
}

/** The parts of a wrong-kind message that name the field and the kinds it may point at. */
const fieldAndExpected = (spec: RelationSpec) => ({
  field: `${spec.kind}.${spec.field}`,
  expected: spec.targets.map((t) => label(t, 'vi')).join(' / '),
  expectedEn: spec.targets.map((t) => label(t, 'en')).join(' / '),
});

/**
 * Checks references one at a time and collects the resolved ones. Messages, locations and suggestions
 * are built only for a reference that fails: the common case allocates nothing but its Reference.
 */
class Resolver {
  readonly diagnostics: Diagnostic[] = [];
  readonly references: Reference[] = [];
  constructor(
    private readonly declared: Map<string, Declared>,
    private readonly catalogues: Catalogues,
    private readonly date: string,
  ) {}

  /** Checks the reference `ref` in `spec.field[index]` of a declared element; keeps it when the element is valid. */
  resolve(from: Declared, spec: RelationSpec, ref: string, index: number | undefined): void {
    const origin = from.origin;
    const agency = parseAgencyRef(ref);
    if (agency) return this.resolveAgencyRef(from, spec, ref, agency, index);
    const cat = parseCatalogueRef(ref);
    // `to` becomes the target's own id string (later lookups by it meet the same string, not an equal copy);
    // a catalogue ref is `ns:id` as written.
    let to = ref;
    if (cat) {
      if (!spec.targets.includes(cat.ns)) {
        this.diagnostics.push(diag('model/wrong-kind', { ref, actual: `${cat.ns}:…`, actualEn: `${cat.ns}:… catalogue entry`, ...fieldAndExpected(spec) }, referenceAt(origin, spec, index)));
        return;
      }
      const entry = this.catalogue(cat.ns, cat.id);
      if (!entry) {
        const guess = this.guess(cat.ns, cat.id);
        const fix = guess && `${cat.ns}:${guess}`;
        this.diagnostics.push(diag('model/unknown-catalogue', { ref, namespace: cat.ns, ...didYouMean(fix) }, referenceAt(origin, spec, index), fix ? { fix } : {}));
        return;
      }
      if (!inForce(entry, this.date)) {
        const ended = entry.validUntil && entry.validUntil <= this.date;
        const successor = typeof entry.mergedInto === 'string' ? entry.mergedInto : typeof entry.replacedBy === 'string' ? entry.replacedBy : undefined;
        this.diagnostics.push(
          diag(
            'model/catalogue-not-in-force',
            {
              ref,
              date: this.date,
              detail: ended ? `hết hiệu lực từ ${entry.validUntil}` : `có hiệu lực từ ${entry.validFrom}`,
              detailEn: ended ? `ended ${entry.validUntil}` : `starts ${entry.validFrom}`,
              replacement: successor ? ` (${cat.ns}:${successor})` : '',
            },
            referenceAt(origin, spec, index),
            successor ? { fix: `${cat.ns}:${successor}` } : {},
          ),
        );
      }
    } else {
      const target = this.declared.get(ref);
      if (!target?.kind) {
        const guess = this.diagnostics.length < 100 ? closest(ref, idsWithKind(this.declared)) : undefined; // bounded: refs × ids is quadratic
        this.diagnostics.push(diag('model/unresolved-ref', { ref, ...didYouMean(guess) }, referenceAt(origin, spec, index), guess ? { fix: guess } : {}));
        return;
      }
      const kind = target.kind;
      if (!spec.targets.includes(kind)) {
        this.diagnostics.push(diag('model/wrong-kind', { ref, actual: KIND_INFO[kind].label.vi, actualEn: KIND_INFO[kind].label.en, ...fieldAndExpected(spec) }, referenceAt(origin, spec, index)));
        return;
      }
      if (target === from && spec.dependency) {
        this.diagnostics.push(diag('model/self-reference', { id: from.id, field: `${spec.kind}.${spec.field}` }, referenceAt(origin, spec, index)));
        return;
      }
      to = target.id;
    }
    this.keep(from, spec, to, index);
  }

  private keep(from: Declared, spec: RelationSpec, to: string, index: number | undefined): void {
    if (!from.valid) return;
    const r: Reference = { from: from.id, to, field: spec.field, relation: spec.relation, inverse: spec.inverse, dependency: spec.dependency };
    if (index !== undefined) r.index = index;
    this.references.push(r);
  }

  /**
   * A reference to an element of another agency's architecture (`ministry:BCA/he-thong-gplx`): the agency must
   * be in the catalogue and the field must accept elements; the element itself is resolved by `arch portfolio`,
   * which reads that agency's repository. In one repository it stays an external node of the graph.
   */
  /** The catalogue entry a reference names, spelled as the catalogue spells it (one spelling: `ministry:BCA`, not `ministry:bca`). */
  private catalogue(ns: Namespace, id: string): CatalogueEntry | undefined {
    return ns === 'ministry' && id !== id.toUpperCase() ? undefined : this.catalogues.get(ns, id);
  }

  /** The catalogue id a misspelled reference most likely means (the same code in capitals first). */
  private guess(ns: Namespace, id: string): string | undefined {
    if (ns === 'ministry' && this.catalogues.get(ns, id)) return id.toUpperCase();
    return closest(id, this.catalogues.ids(ns));
  }

  private resolveAgencyRef(from: Declared, spec: RelationSpec, ref: string, agency: AgencyRef, index: number | undefined): void {
    const origin = from.origin;
    if (!spec.targets.some((t) => t in KIND_INFO)) {
      this.diagnostics.push(diag('model/wrong-kind', { ref, actual: `${agency.ns}:…/…`, actualEn: `element of another agency`, ...fieldAndExpected(spec) }, referenceAt(origin, spec, index)));
      return;
    }
    if (!this.catalogue(agency.ns, agency.agency)) {
      const guess = this.guess(agency.ns, agency.agency);
      const fix = guess && `${agency.ns}:${guess}/${agency.element}`;
      this.diagnostics.push(diag('model/unknown-catalogue', { ref, namespace: agency.ns, ...didYouMean(fix) }, referenceAt(origin, spec, index)));
      return;
    }
    this.keep(from, spec, ref, index);
  }
}

export function buildModel(repo: LoadedRepository, schema: SchemaResult, catalogues: Catalogues): ModelResult {
  const diagnostics: Diagnostic[] = [];
  const manifest = schema.manifest;
  if (!manifest || !repo.manifest) return { diagnostics };
  const date = manifest.architecture.date;

  const owner: Owner | undefined = manifest.ministry ? { ns: 'ministry', ...manifest.ministry } : manifest.province ? { ns: 'province', ...manifest.province } : undefined;
  if (!owner || (manifest.ministry && manifest.province)) {
    diagnostics.push(diag(owner ? 'model/two-owners' : 'model/no-owner', {}, repo.manifest.at(owner ? ['province'] : [], true)));
    if (!owner) return { diagnostics };
  }
  if (!catalogues.get(owner.ns, owner.code)) {
    const guess = closest(owner.code, catalogues.ids(owner.ns));
    diagnostics.push(diag(owner.ns === 'ministry' ? 'model/unknown-ministry' : 'model/unknown-province', { code: owner.code, suggestion: guess ? ` (${guess}?)` : '' }, repo.manifest.at([owner.ns, 'code']), guess ? { fix: guess } : {}));
  }

  // Index ids (invalid elements too, so references to them do not cascade into more errors).
  const declared = new Map<string, Declared>();
  for (const raw of schema.elements) {
    // Every later stage looks elements up by this string, and references resolve to it: a compact copy makes
    // those lookups several times cheaper than on a slice of the file's text.
    const id = compactString(raw.value.id as string);
    raw.value.id = id;
    const prev = declared.get(id);
    if (prev) {
      const prevAt = prev.origin.file.at(['elements', prev.origin.index, 'id']);
      const at = raw.file.at(['elements', raw.index, 'id']);
      const where = (l: typeof at) => `${l.file}:${l.range!.start.line}:${l.range!.start.column}`;
      diagnostics.push(diag('model/duplicate-id', { id, other: where(prevAt) }, at, { related: [{ ...prevAt, message: { vi: 'Khai báo đầu tiên', en: 'First declaration' } }] }));
      continue;
    }
    const kind = KIND_INFO[raw.value.kind as Kind] ? (raw.value.kind as Kind) : undefined;
    declared.set(id, { id, kind, element: raw.value as unknown as Element, origin: { file: raw.file, index: raw.index }, valid: raw.valid, start: 0, end: 0 });
  }

  // References of invalid elements are checked too (all mistakes in one run); only valid ones become edges.
  // They are checked in declaration order (the first unresolved ones get suggestions); each valid element's
  // edges are one run of `resolver.references`, put in element (id) order below without a sort.
  const resolver = new Resolver(declared, catalogues, date);
  for (const d of declared.values()) {
    if (!d.kind) continue;
    d.start = resolver.references.length;
    for (const spec of relationsOf(d.kind)) {
      const v = fieldOf(d.element, spec.field);
      if (typeof v === 'string') resolver.resolve(d, spec, v, undefined);
      else if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const ref: unknown = v[i];
          if (typeof ref === 'string') resolver.resolve(d, spec, ref, i);
        }
      }
    }
    d.end = resolver.references.length;
  }
  const valid = [...declared.values()].filter((d) => d.valid).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const elements = valid.map((d) => d.element);
  const references: Reference[] = [];
  for (const d of valid) for (let i = d.start; i < d.end; i++) references.push(resolver.references[i]!);
  diagnostics.push(...resolver.diagnostics);
  diagnostics.push(...manifestRefs(repo, manifest, declared));

  const model: ArchitectureModel = {
    stage: 'model',
    owner,
    manifest,
    manifestFile: repo.manifest,
    elements,
    byId: new Map(elements.map((e) => [e.id, e])),
    origin: new Map(valid.map((d) => [d.id, d.origin])),
    references,
  };
  return { model, diagnostics };
}

/** Element ids named in the manifest (waivers, responsibilities) must exist. */
function manifestRefs(repo: LoadedRepository, manifest: ArchitectureModel['manifest'], declared: Map<string, Declared>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (ref: string, path: (string | number)[]) => {
    if (declared.get(ref)?.kind) return;
    const guess = closest(ref, idsWithKind(declared));
    out.push(diag('model/unresolved-ref', { ref, ...didYouMean(guess) }, repo.manifest!.at(path), guess ? { fix: guess } : {}));
  };
  (manifest.waivers ?? []).forEach((w, i) => w.elements.forEach((id, j) => check(id, ['waivers', i, 'elements', j])));
  const resp = (manifest.contents?.implementation as { responsibilities?: { unit?: string }[] } | undefined)?.responsibilities ?? [];
  resp.forEach((r, i) => r.unit && check(r.unit, ['contents', 'implementation', 'responsibilities', i, 'unit']));
  return out;
}
