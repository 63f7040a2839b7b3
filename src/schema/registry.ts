/**
 * The one ajv instance (ROBUSTNESS.md §2.1): bundled schemas only, never fetched; strict compile,
 * own properties only, no $data, no coercion or defaults. Compiled once per process.
 */
import * as fs from 'node:fs';
import { Ajv2020, type AnySchemaObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { packagePath } from '../util/paths.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, opts: { mode: string; formats: string[] }) => void;

export const SCHEMA_BASE = 'https://arch.vn/schemas/v1/';
export const MANIFEST_SCHEMA_ID = `${SCHEMA_BASE}manifest.schema.json`;
export const ELEMENTS_SCHEMA_ID = `${SCHEMA_BASE}elements.schema.json`;

/** Every bundled schema file, relative to schemas/ (sorted, for stable output). */
export function schemaFiles(): string[] {
  const dir = packagePath('schemas');
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.schema.json')).map((f) => f.split('\\').join('/')).sort();
}

export function readSchema(rel: string): AnySchemaObject {
  return JSON.parse(fs.readFileSync(packagePath('schemas', rel), 'utf8')) as AnySchemaObject;
}

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
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
  });
  addFormats(ajv, { mode: 'fast', formats: ['date', 'uri'] });
  for (const rel of schemaFiles()) ajv.addSchema(readSchema(rel));
  return ajv;
}

let shared: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

export function validatorFor(id: string): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    shared ??= createAjv();
    fn = shared.getSchema(id);
    if (!fn) throw new Error(`schema ${id} is not bundled`);
    compiled.set(id, fn);
  }
  return fn;
}

export function schemaById(id: string): AnySchemaObject | undefined {
  shared ??= createAjv();
  return shared.getSchema(id)?.schema as AnySchemaObject | undefined;
}
