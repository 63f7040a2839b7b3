/** The only module that knows ajv's error shape: ErrorObject → diagnostics with a JSON path and plain words. */
import type { AnySchemaObject, ErrorObject } from 'ajv';
import type { Diagnostic, JsonPath } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { closest } from '../util/suggest.js';
import type { SourceFile } from '../load/source-file.js';
import { LIMITS } from '../load/limits.js';

function toPath(instancePath: string): JsonPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

function clip(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Property names a (possibly composed) schema declares, following allOf and local $refs. */
export function declaredProperties(schema: AnySchemaObject | undefined, resolve: (ref: string) => AnySchemaObject | undefined, depth = 0): string[] {
  if (!schema || typeof schema !== 'object' || depth > 8) return [];
  const names = Object.keys((schema.properties as object | undefined) ?? {});
  for (const sub of (schema.allOf as AnySchemaObject[] | undefined) ?? []) names.push(...declaredProperties(sub, resolve, depth + 1));
  if (typeof schema.$ref === 'string') names.push(...declaredProperties(resolve(schema.$ref), resolve, depth + 1));
  return names;
}

/** Where in the file the object sits, named for the message ("element 'x' (information-system)" or the path). */
function where(value: unknown, path: JsonPath): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string') return `${typeof o.kind === 'string' ? o.kind : 'element'} "${o.id}"`;
  }
  return path.length ? `/${path.join('/')}` : 'the document';
}

function getAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

const RANGE: Record<string, [string, string]> = {
  minimum: ['phải lớn hơn hoặc bằng {n}', 'must be at least {n}'],
  maximum: ['phải nhỏ hơn hoặc bằng {n}', 'must be at most {n}'],
  exclusiveMinimum: ['phải lớn hơn {n}', 'must be more than {n}'],
  exclusiveMaximum: ['phải nhỏ hơn {n}', 'must be less than {n}'],
  minLength: ['phải dài ít nhất {n} ký tự', 'must be at least {n} characters long'],
  maxLength: ['dài quá {n} ký tự', 'must be at most {n} characters long'],
  minItems: ['phải có ít nhất {n} mục', 'must have at least {n} items'],
  maxItems: ['có quá {n} mục', 'must have at most {n} items'],
  minProperties: ['phải có ít nhất {n} trường', 'must have at least {n} properties'],
  maxProperties: ['có quá {n} trường', 'must have at most {n} properties'],
  uniqueItems: ['có mục bị lặp', 'must not repeat items'],
};

/**
 * What a range message says: the field by name, the bound (both ends of a number's range when the schema has
 * them: "must be 1–5"), and what the field means, from its schema description ("vi — en").
 */
function rangeDetail(keyword: string, limit: unknown, path: JsonPath, schema: AnySchemaObject | undefined): Record<string, string> {
  const last = [...path].reverse().find((s): s is string => typeof s === 'string');
  const field = last ? `${last}${typeof path[path.length - 1] === 'number' ? `[${path[path.length - 1]}]` : ''}` : '';
  const [min, max] = [schema?.minimum, schema?.maximum];
  const both = (keyword === 'minimum' || keyword === 'maximum') && typeof min === 'number' && typeof max === 'number';
  const [vi, en] = both ? [`phải từ ${min} đến ${max}`, `must be ${min}–${max}`] : (RANGE[keyword] ?? ['không hợp lệ', 'is invalid']).map((t) => t.replace('{n}', String(limit)));
  // The description without a trailing range such as "(1–5)", which the message already gives.
  const [meaningVi, meaningEn] = typeof schema?.description === 'string' ? schema.description.split(' — ').map((d) => d.replace(/\s*\(\d+\s*[–-]\s*\d+\)$/, '')) : [];
  return {
    field: field || 'Giá trị',
    fieldEn: field || 'The value',
    detail: vi!,
    detailEn: en!,
    meaning: meaningVi ? ` (${meaningVi})` : '',
    meaningEn: meaningEn ? ` (${meaningEn})` : '',
  };
}

/**
 * Converts ajv errors of one file to diagnostics, dropping the noise of `if`/`then` dispatch,
 * pointing unknown properties at their key and missing ones at the parent mapping, capped per file.
 */
/**
 * A `oneOf` that no branch matched reports the oneOf and every branch's errors. Say it once: a value whose type
 * fits no branch is one type error naming every accepted type ("integer or object"); a value whose type fits a
 * branch keeps only that branch's errors (the other branches' "wrong type" is noise).
 */
function collapseOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  if (oneOfs.length === 0) return [...errors];
  const drop = new Set<ErrorObject>();
  const replace = new Map<ErrorObject, ErrorObject>();
  for (const o of oneOfs) {
    const branch = errors.filter((e) => e !== o && e.schemaPath.startsWith(`${o.schemaPath}/`));
    const typeAtValue = branch.filter((e) => e.keyword === 'type' && e.instancePath === o.instancePath);
    const branches = new Set(branch.map((e) => e.schemaPath.slice(o.schemaPath.length + 1).split('/')[0]));
    if (typeAtValue.length > 0 && typeAtValue.length === branches.size) {
      replace.set(o, { ...typeAtValue[0]!, params: { type: typeAtValue.map((e) => String((e.params as { type: unknown }).type)).join(' or ') } });
      for (const e of branch) drop.add(e);
    } else {
      drop.add(o);
      for (const e of typeAtValue) drop.add(e);
    }
  }
  return errors.filter((e) => !drop.has(e)).map((e) => replace.get(e) ?? e);
}

export function schemaDiagnostics(file: SourceFile, errors: readonly ErrorObject[], resolve: (ref: string) => AnySchemaObject | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const relevant = collapseOneOf(errors).filter((e) => e.keyword !== 'if' && e.keyword !== 'allOf');
  for (const e of relevant) {
    if (out.length >= LIMITS.maxSchemaErrorsPerFile) {
      out.push(diag('schema/too-many-errors', { count: relevant.length - out.length }, file.at([])));
      break;
    }
    const path = toPath(e.instancePath);
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required': {
        const property = String(p.missingProperty);
        out.push(diag('schema/required', { property, where: where(getAt(file.value, path), path) }, file.at(path)));
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const property = String(p.additionalProperty ?? p.unevaluatedProperty);
        const known = declaredProperties(e.parentSchema, resolve);
        const guess = closest(property, known);
        const suggestion = guess ? ` — did you mean "${guess}"?` : '';
        const d = diag('schema/unknown-property', { property, where: where(getAt(file.value, path), path), suggestion }, file.at([...path, property], true), guess ? { fix: guess } : {});
        if (guess) d.hint = { vi: `Kiểm tra lỗi chính tả — có phải "${guess}"?`, en: `Check the spelling — did you mean "${guess}"?` };
        out.push(d);
        break;
      }
      case 'type': {
        const expected = String(p.type);
        const actual = describeValue(e.data);
        const yamlHint = expected.includes('boolean') && typeof e.data === 'string' ? ' YAML 1.2: booleans are only true/false.' : expected === 'string' && typeof e.data === 'number' ? ' Quote the value ("1.10") to keep it a string.' : '';
        out.push(diag('schema/type', { expected, actual, yamlHint }, file.at(path)));
        break;
      }
      case 'enum':
      case 'const': {
        const allowed = (e.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]).map(String);
        const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
        const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
        out.push(diag('schema/enum', { value: clip(e.data), allowed: shown, suggestion: guess ? ` ("${guess}"?)` : '' }, file.at(path), guess ? { fix: guess } : {}));
        break;
      }
      case 'pattern': {
        const last = path[path.length - 1];
        // The same text in the other case often fits (`bca` for the code `BCA`): offer it, as a fix.
        const re = new RegExp(String(p.pattern), 'u');
        const guess = typeof e.data === 'string' ? [e.data.toUpperCase(), e.data.toLowerCase(), e.data.replace(/^([a-z]+:)(.*)$/, (_, ns: string, rest: string) => ns + rest.toUpperCase())].find((g) => g !== e.data && re.test(g)) : undefined;
        const [meaning, meaningEn] = typeof e.parentSchema?.description === 'string' ? e.parentSchema.description.split(' — ') : [];
        out.push(
          diag(
            'schema/pattern',
            { value: clip(e.data), what: typeof last === 'string' ? `"${last}"` : 'this field', pattern: String(p.pattern), meaning: meaning ? ` (${meaning})` : '', meaningEn: meaningEn ? ` (${meaningEn})` : '', suggestion: guess ? ` — "${guess}"?` : '' },
            file.at(path),
            guess ? { fix: guess } : {},
          ),
        );
        break;
      }
      case 'format':
        out.push(diag('schema/format', { value: clip(e.data), format: String(p.format) }, file.at(path)));
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties':
      case 'uniqueItems':
        out.push(diag('schema/range', rangeDetail(e.keyword, p.limit, path, e.parentSchema), file.at(path)));
        break;
      default:
        out.push(diag('schema/invalid', { detail: `${e.keyword}: ${e.message ?? ''}` }, file.at(path)));
    }
  }
  return out;
}
