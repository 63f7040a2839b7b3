/**
 * The JSON Schemas are the single source of truth for the input shape: they must compile in ajv strict mode,
 * their examples must validate, and they must follow the house rules (bilingual descriptions, bounded strings
 * and arrays, closed objects) so that typos are errors and hostile input is bounded.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createAjv, readSchema, schemaFiles } from '../../src/schema/registry.js';
import { allSubschemas, inCondition, isProperty, typesOf, type Node } from './walk.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, opts: { mode: string; formats: string[] }) => void;
const visits = allSubschemas();
const where = (v: { file: string; pointer: string }) => `${v.file}#${v.pointer || '/'}`;

describe('schemas compile', () => {
  it('bundles the manifest, the element file, the shared definitions and one schema per kind', () => {
    const files = schemaFiles();
    expect(files).toContain('manifest.schema.json');
    expect(files).toContain('elements.schema.json');
    expect(files).toContain('common.schema.json');
    expect(files.filter((f) => f.startsWith('kinds/'))).toHaveLength(16);
  });

  it.each(schemaFiles())('%s compiles in ajv strict mode (alone with its dependencies)', (file) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv, { mode: 'fast', formats: ['date', 'uri'] });
    for (const other of schemaFiles()) if (other !== file) ajv.addSchema(readSchema(other));
    expect(() => ajv.compile(readSchema(file))).not.toThrow();
  });

  it('every schema has an $id under https://arch.vn/schemas/v1/, draft 2020-12, and a bilingual title and description', () => {
    for (const file of schemaFiles()) {
      const s = readSchema(file) as Node;
      expect(s.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(String(s.$id), file).toBe(`https://arch.vn/schemas/v1/${file}`);
      expect(String(s.title), file).toMatch(/\S — \S/);
      expect(String(s.description), file).toMatch(/\S — \S/);
    }
  });
});

describe('schema examples', () => {
  const ajv = createAjv();
  const withExamples = visits.filter((v) => Array.isArray(v.node.examples));

  it('every kind schema and the manifest carry examples', () => {
    const roots = withExamples.filter((v) => v.pointer === '').map((v) => v.file);
    for (const file of schemaFiles().filter((f) => f.startsWith('kinds/') || f === 'manifest.schema.json')) expect(roots, file).toContain(file);
  });

  it.each(withExamples.map((v) => [where(v), v] as const))('examples of %s validate', (_name, v) => {
    const validate = ajv.compile({ $ref: `${v.id}#${v.pointer}` });
    for (const example of v.node.examples as unknown[]) {
      const ok = validate(example);
      expect(ok ? [] : validate.errors, JSON.stringify(example)).toEqual([]);
    }
  });

  it('a kind example with a typo in a property name is rejected (the examples are not vacuous)', () => {
    const validate = ajv.getSchema('https://arch.vn/schemas/v1/kinds/information-system.schema.json')!;
    const example = (readSchema('kinds/information-system.schema.json').examples as Node[])[0]!;
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, onwer: example.owner })).toBe(false);
  });
});

describe('house rules', () => {
  it('every property has a description "tiếng Việt — English"', () => {
    const bad = visits.filter((v) => isProperty(v) && !inCondition(v)).filter((v) => {
      const d = v.node.description;
      if (typeof d !== 'string') return true;
      const [vi = '', en = ''] = d.split(' — ');
      return !vi.trim() || !en.trim() || vi.trim() === en.trim();
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('every free string has a maxLength (enumerations and constants are bounded by their values)', () => {
    const bad = visits.filter((v) => typesOf(v.node).includes('string') && v.node.enum === undefined && v.node.const === undefined && typeof v.node.maxLength !== 'number');
    expect(bad.map(where)).toEqual([]);
  });

  it('every array has a maxItems', () => {
    const bad = visits.filter((v) => typesOf(v.node).includes('array') && typeof v.node.maxItems !== 'number');
    expect(bad.map(where)).toEqual([]);
  });

  it('every object is closed: additionalProperties or unevaluatedProperties false, or a bounded map', () => {
    const isDispatcher = (v: { file: string; pointer: string }) => v.file === 'elements.schema.json' && v.pointer === '/$defs/element';
    const bad = visits.filter((v) => {
      if (!typesOf(v.node).includes('object') || inCondition(v) || isDispatcher(v)) return false;
      if (v.node.additionalProperties === false || v.node.unevaluatedProperties === false) return false;
      const boundedMap = typeof v.node.maxProperties === 'number' && typeof v.node.propertyNames === 'object' && typeof v.node.additionalProperties === 'object' && v.node.properties === undefined;
      return !boundedMap;
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('the element dispatcher sends every kind to its own closed schema', () => {
    const element = (readSchema('elements.schema.json').$defs as Node).element as Node;
    const kinds = ((element.properties as Node).kind as Node).enum as string[];
    const thens = (element.allOf as Node[]).map((c) => ({ kind: (((c.if as Node).properties as Node).kind as Node).const, ref: (c.then as Node).$ref }));
    expect(thens.map((t) => t.kind)).toEqual(kinds);
    for (const t of thens) {
      expect(t.ref).toBe(`https://arch.vn/schemas/v1/kinds/${String(t.kind)}.schema.json`);
      expect(readSchema(`kinds/${String(t.kind)}.schema.json`).additionalProperties).toBe(false);
    }
  });
});
