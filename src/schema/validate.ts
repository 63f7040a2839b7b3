import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedRepository } from '../load/load-repository.js';
import type { SourceFile } from '../load/source-file.js';
import type { Manifest } from './manifest-types.js';
import { schemaDiagnostics } from './ajv-errors.js';
import { ELEMENTS_SCHEMA_ID, MANIFEST_SCHEMA_ID, schemaById, validatorFor } from './registry.js';

export interface RawElement {
  file: SourceFile;
  index: number;
  value: Record<string, unknown>;
  /** False when the element has schema errors: its id still resolves references, but rules skip it. */
  valid: boolean;
}

export interface SchemaResult {
  manifest?: Manifest;
  elements: RawElement[];
  diagnostics: Diagnostic[];
}

const resolve = (ref: string) => schemaById(ref.split('#')[0]!);

function check(file: SourceFile, id: string): { ok: boolean; diagnostics: Diagnostic[]; badElements: Set<number> } {
  const validate = validatorFor(id);
  const ok = validate(file.value) as boolean;
  const errors = validate.errors ?? [];
  const badElements = new Set<number>();
  for (const e of errors) {
    const m = /^\/elements\/(\d+)/.exec(e.instancePath);
    if (m) badElements.add(Number(m[1]));
  }
  return { ok, diagnostics: ok ? [] : schemaDiagnostics(file, errors, resolve), badElements };
}

/** Whether the element-file schema accepts a parsed value (no error details: see validateSchemas). */
export function isValidElementFile(value: unknown): boolean {
  return validatorFor(ELEMENTS_SCHEMA_ID)(value) as boolean;
}

const ACCEPTED = { ok: true, diagnostics: [], badElements: new Set<number>() };

/** Validates the manifest and every element file against the bundled JSON Schemas. */
export function validateSchemas(repo: LoadedRepository): SchemaResult {
  const diagnostics: Diagnostic[] = [];
  const elements: RawElement[] = [];
  let manifest: Manifest | undefined;
  if (repo.manifest) {
    const r = check(repo.manifest, MANIFEST_SCHEMA_ID);
    diagnostics.push(...r.diagnostics);
    if (r.ok) manifest = repo.manifest.value as Manifest;
  }
  for (const file of repo.files) {
    const r = file.schemaValid ? ACCEPTED : check(file, ELEMENTS_SCHEMA_ID);
    diagnostics.push(...r.diagnostics);
    const list = (file.value as { elements?: unknown })?.elements;
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string') {
        elements.push({ file, index, value: value as Record<string, unknown>, valid: !r.badElements.has(index) });
      }
    });
  }
  return { manifest, elements, diagnostics };
}
