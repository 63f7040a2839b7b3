import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './cli.js';

/**
 * The read-only reference material (`shared/refs`): beside the clone in CI (`../shared`), or the
 * workspace copy. Missing material fails the test with a clear message; it is never skipped.
 */
export function sharedRef(rel: string): string {
  const candidates = [path.resolve(ROOT, '../shared/refs', rel), path.join('/work/shared/refs', rel)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`reference material ${rel} not found in ${candidates.join(' or ')}`);
  return found;
}

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const require = createRequire(import.meta.url);
let sarifValidator: Validator | undefined;

/** Validates a SARIF log against the OASIS SARIF 2.1.0 schema (draft-04); returns the errors, empty when valid. */
export function sarifErrors(log: unknown): unknown[] {
  if (!sarifValidator) {
    const AjvDraft04 = require('ajv-draft-04') as new (opts: object) => { compile: (s: object) => Validator };
    const schema = JSON.parse(fs.readFileSync(sharedRef('sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
    sarifValidator = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  }
  return sarifValidator(log) ? [] : ((sarifValidator.errors as unknown[]) ?? ['invalid']);
}
