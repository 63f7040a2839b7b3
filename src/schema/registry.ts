/**
 * The one ajv instance (ROBUSTNESS.md §2.1): bundled schemas only, never fetched; strict compile,
 * own properties only, no $data, no coercion or defaults. Compiled once per process.
 *
 * Start-up: `npm run build` also writes standalone validators (scripts/build-validators.mjs →
 * dist/schema/validators.generated.cjs), stamped with the text of the bundled schemas and the ajv version.
 * They are used only when that stamp matches the schemas on disk, so an edited schema can never be checked
 * by a stale validator; otherwise (and in tests run from sources) the schemas are compiled at run time.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, AnySchemaObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { packagePath } from '../util/paths.js';
import { loadGenerated } from './load-generated.js';

// ajv and ajv-formats are loaded only when a schema must be compiled (not with precompiled validators).
const require = createRequire(import.meta.url);

export const SCHEMA_BASE = 'https://arch.vn/schemas/v1/';
export const MANIFEST_SCHEMA_ID = `${SCHEMA_BASE}manifest.schema.json`;
export const ELEMENTS_SCHEMA_ID = `${SCHEMA_BASE}elements.schema.json`;
/** Schemas precompiled by the build, by export name of the generated module. */
export const PRECOMPILED: Readonly<Record<string, string>> = { manifest: MANIFEST_SCHEMA_ID, elements: ELEMENTS_SCHEMA_ID };
export const PRECOMPILED_FILE = 'validators.generated.cjs';

/** Every bundled schema file, relative to schemas/ (sorted, for stable output). */
export function schemaFiles(): string[] {
  const dir = packagePath('schemas');
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.schema.json')).map((f) => f.split('\\').join('/')).sort();
}

export function readSchema(rel: string): AnySchemaObject {
  return JSON.parse(fs.readFileSync(packagePath('schemas', rel), 'utf8')) as AnySchemaObject;
}

/** The ajv options; `standalone` adds what code generation needs (used by the build only). */
export function ajvOptions(standalone = false): Options {
  return {
    strict: true,
    allErrors: true,
    $data: false,
    ownProperties: true,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
    unicodeRegExp: true,
    validateFormats: true,
    verbose: true,
    logger: false,
    ...(standalone ? { code: { source: true, esm: false, lines: false } } : {}),
  };
}

export function createAjv(options = ajvOptions()): Ajv2020 {
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = (require('ajv-formats') as { default: (ajv: Ajv2020, opts: { mode: string; formats: string[] }) => void }).default;
  const ajv = new AjvClass(options);
  addFormats(ajv, { mode: 'fast', formats: ['date', 'uri'] });
  for (const rel of schemaFiles()) ajv.addSchema(readSchema(rel));
  return ajv;
}

/**
 * Stamp of the ajv version and the bundled schemas: precompiled validators are valid only for it. It holds
 * every schema file's text rather than a hash, so checking it costs a read and a string comparison (no crypto).
 */
export function schemaStamp(): string {
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  return JSON.stringify([`ajv ${ajvVersion}`, ...schemaFiles().flatMap((rel) => [rel, fs.readFileSync(packagePath('schemas', rel), 'utf8')])]);
}

let shared: Ajv2020 | undefined;
let precompiled: Record<string, ValidateFunction> | null | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The build's standalone validators, or null when absent or stamped for other schemas. */
export function loadPrecompiled(file = packagePath('dist', 'schema', PRECOMPILED_FILE)): Record<string, ValidateFunction> | null {
  try {
    if (!fs.existsSync(file)) return null;
    const mod = loadGenerated(file).exports;
    if (mod.stamp !== schemaStamp()) return null;
    return mod as Record<string, ValidateFunction>;
  } catch {
    return null;
  }
}

export function validatorFor(id: string): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    precompiled ??= loadPrecompiled();
    const name = Object.keys(PRECOMPILED).find((k) => PRECOMPILED[k] === id);
    const pre = name ? precompiled?.[name] : undefined;
    if (typeof pre === 'function') fn = pre;
    else {
      shared ??= createAjv();
      fn = shared.getSchema(id);
      if (!fn) throw new Error(`schema ${id} is not bundled`);
    }
    compiled.set(id, fn);
  }
  return fn;
}

let byId: Map<string, AnySchemaObject> | undefined;

/** A bundled schema by its $id (read from schemas/, no compilation). */
export function schemaById(id: string): AnySchemaObject | undefined {
  if (!byId) {
    byId = new Map();
    for (const rel of schemaFiles()) {
      const s = readSchema(rel);
      if (typeof s.$id === 'string') byId.set(s.$id, s);
    }
  }
  return byId.get(id);
}

const valueValidators = new Map<string, ValidateFunction>();

/**
 * Checks a value against a small JSON Schema that is not one of the repository schemas (a rule option's,
 * say): the ajv message of the first error, or undefined when the value is valid. Compiled once per schema.
 */
export function valueError(schema: AnySchemaObject, value: unknown): string | undefined {
  const key = JSON.stringify(schema);
  let fn = valueValidators.get(key);
  if (!fn) valueValidators.set(key, (fn = (shared ??= createAjv()).compile(schema)));
  return fn(value) ? undefined : (fn.errors?.[0]?.message ?? 'is invalid');
}
