/**
 * Model stage: indexes elements by id (duplicates reported with both places), resolves every reference
 * field through the relation table (unknown ids with a "did you mean", wrong kinds, unknown or expired
 * catalogue entries) and checks that the manifest's ministry code exists (whether it is in force on the
 * architecture's date is conformance rule C41).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { Catalogues, inForce, parseCatalogueRef } from '../catalog/catalog.js';
import type { LoadedRepository } from '../load/load-repository.js';
import type { SchemaResult } from '../schema/validate.js';
import { closest } from '../util/suggest.js';
import { KIND_INFO, type Kind } from './kinds.js';
import { relationsOf, type RelationSpec } from './relations.js';
import type { ArchitectureModel, Element, Origin, Reference } from './types.js';

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

class Resolver {
  readonly diagnostics: Diagnostic[] = [];
  readonly references: Reference[] = [];
  constructor(
    private readonly kinds: Map<string, Kind>,
    private readonly catalogues: Catalogues,
    private readonly date: string,
  ) {}

  resolve(el: Element, origin: Origin, spec: RelationSpec, ref: string, index: number | undefined, edge: boolean): void {
    const path: (string | number)[] = ['elements', origin.index, spec.field];
    if (index !== undefined) path.push(index);
    const at = () => origin.file.at(path);
    const field = `${el.kind}.${spec.field}`;
    const cat = parseCatalogueRef(ref);
    // Only a wrong-kind diagnostic needs the expected kinds: built on demand, not for every reference.
    const expected = () => ({ expected: spec.targets.map((t) => label(t, 'vi')).join(' / '), expectedEn: spec.targets.map((t) => label(t, 'en')).join(' / ') });
    if (cat) {
      if (!spec.targets.includes(cat.ns)) {
        this.diagnostics.push(diag('model/wrong-kind', { ref, actual: `${cat.ns}:…`, actualEn: `${cat.ns}:… catalogue entry`, field, ...expected() }, at()));
        return;
      }
      const entry = this.catalogues.get(cat.ns, cat.id);
      if (!entry) {
        const guess = closest(cat.id, this.catalogues.ids(cat.ns));
        this.diagnostics.push(diag('model/unknown-catalogue', { ref, namespace: cat.ns, ...didYouMean(guess && `${cat.ns}:${guess}`) }, at()));
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
            at(),
          ),
        );
      }
    } else {
      const kind = this.kinds.get(ref);
      if (kind === undefined) {
        const guess = this.diagnostics.length < 100 ? closest(ref, this.kinds.keys()) : undefined; // bounded: refs × ids is quadratic
        this.diagnostics.push(diag('model/unresolved-ref', { ref, ...didYouMean(guess) }, at()));
        return;
      }
      if (!spec.targets.includes(kind)) {
        this.diagnostics.push(diag('model/wrong-kind', { ref, actual: KIND_INFO[kind].label.vi, actualEn: KIND_INFO[kind].label.en, field, ...expected() }, at()));
        return;
      }
      if (ref === el.id && spec.dependency) {
        this.diagnostics.push(diag('model/self-reference', { id: el.id, field }, at()));
        return;
      }
    }
    if (!edge) return;
    const r: Reference = { from: el.id, to: cat ? `${cat.ns}:${cat.id}` : ref, field: spec.field, relation: spec.relation, inverse: spec.inverse, dependency: spec.dependency };
    if (index !== undefined) r.index = index;
    this.references.push(r);
  }
}

export function buildModel(repo: LoadedRepository, schema: SchemaResult, catalogues: Catalogues): ModelResult {
  const diagnostics: Diagnostic[] = [];
  const manifest = schema.manifest;
  if (!manifest || !repo.manifest) return { diagnostics };
  const date = manifest.architecture.date;

  const ministry = catalogues.get('ministry', manifest.ministry.code);
  if (!ministry) {
    const guess = closest(manifest.ministry.code, catalogues.ids('ministry'));
    diagnostics.push(diag('model/unknown-ministry', { code: manifest.ministry.code, suggestion: guess ? ` (${guess}?)` : '' }, repo.manifest.at(['ministry', 'code'])));
  }

  // Index ids (invalid elements too, so references to them do not cascade into more errors).
  const kinds = new Map<string, Kind>();
  const firstSeen = new Map<string, Origin>();
  const elements: Element[] = [];
  const origin = new Map<string, Origin>();
  for (const raw of schema.elements) {
    const id = raw.value.id as string;
    const here: Origin = { file: raw.file, index: raw.index };
    const prev = firstSeen.get(id);
    if (prev) {
      const prevAt = prev.file.at(['elements', prev.index, 'id']);
      const at = raw.file.at(['elements', raw.index, 'id']);
      const where = (l: typeof at) => `${l.file}:${l.range!.start.line}:${l.range!.start.column}`;
      diagnostics.push(diag('model/duplicate-id', { id, other: where(prevAt) }, at, { related: [{ ...prevAt, message: { vi: 'Khai báo đầu tiên', en: 'First declaration' } }] }));
      continue;
    }
    firstSeen.set(id, here);
    if (KIND_INFO[raw.value.kind as Kind]) kinds.set(id, raw.value.kind as Kind);
    if (raw.valid) {
      elements.push(raw.value as unknown as Element);
      origin.set(id, here);
    }
  }
  elements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // References of invalid elements are checked too (all mistakes in one run); only valid ones become edges.
  const resolver = new Resolver(kinds, catalogues, date);
  for (const [id, o] of firstSeen) {
    const kind = kinds.get(id);
    if (!kind) continue;
    const el = (o.file.value as { elements: Element[] }).elements[o.index]!;
    const edges = origin.has(id);
    for (const spec of relationsOf(kind)) {
      const v = el[spec.field];
      if (typeof v === 'string') resolver.resolve(el, o, spec, v, undefined, edges);
      else if (Array.isArray(v)) v.forEach((ref, i) => typeof ref === 'string' && resolver.resolve(el, o, spec, ref, i, edges));
    }
  }
  resolver.references.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  diagnostics.push(...resolver.diagnostics);
  diagnostics.push(...manifestRefs(repo, manifest, kinds));

  const model: ArchitectureModel = {
    stage: 'model',
    manifest,
    manifestFile: repo.manifest,
    elements,
    byId: new Map(elements.map((e) => [e.id, e])),
    origin,
    references: resolver.references,
  };
  return { model, diagnostics };
}

/** Element ids named in the manifest (waivers, responsibilities) must exist. */
function manifestRefs(repo: LoadedRepository, manifest: ArchitectureModel['manifest'], kinds: Map<string, Kind>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (ref: string, path: (string | number)[]) => {
    if (kinds.has(ref)) return;
    const guess = closest(ref, kinds.keys());
    out.push(diag('model/unresolved-ref', { ref, ...didYouMean(guess) }, repo.manifest!.at(path)));
  };
  (manifest.waivers ?? []).forEach((w, i) => w.elements.forEach((id, j) => check(id, ['waivers', i, 'elements', j])));
  const resp = (manifest.contents?.implementation as { responsibilities?: { unit?: string }[] } | undefined)?.responsibilities ?? [];
  resp.forEach((r, i) => r.unit && check(r.unit, ['contents', 'implementation', 'responsibilities', i, 'unit']));
  return out;
}
