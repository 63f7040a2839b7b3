import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchitecture, writeArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { validateRepository } from '../../src/pipeline.js';
import { ROOT, spawnCli } from '../helpers/cli.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'arch-gen-'));
const KINDS = fs.readdirSync(path.join(ROOT, 'schemas/kinds')).map((f) => f.replace('.schema.json', '')).sort();

describe('synthetic architecture generator', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const a = generateArchitecture({ entities: 500, seed: 7 });
    const b = generateArchitecture({ entities: 500, seed: 7 });
    const c = generateArchitecture({ entities: 500, seed: 8 });
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect([...a.values()].join('')).not.toEqual([...c.values()].join(''));
  });

  it('writes a valid architecture: all 16 kinds, ~100 elements a file, zero diagnostics from arch validate', () => {
    const dir = tmp();
    const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate.mjs'), '--entities', '1200', '--out', dir, '--seed', '3'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const result = validateRepository(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.model!.elements).toHaveLength(1200);
    expect([...new Set(result.model!.elements.map((e) => e.kind))].sort()).toEqual(KINDS);
    expect(result.model!.references.length).toBeGreaterThan(4 * 1200);
    const cli = spawnCli(['validate', dir]);
    expect(cli.code).toBe(0);
    expect(cli.stdout + cli.stderr).toMatch(/No problems/);
    const elementFiles = (fs.readdirSync(path.join(dir, 'elements'), { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml'));
    expect(elementFiles.length).toBeGreaterThanOrEqual(16);
    expect(elementFiles.length).toBeLessThanOrEqual(1200 / 100 + 16);
  });

  it('injects the requested errors and dependency cycles', () => {
    const dir = tmp();
    writeArchitecture(dir, generateArchitecture({ entities: 400, seed: 1, errors: 5, cycles: 2 }));
    const codes = new Set(validateRepository(dir).diagnostics.map((d) => d.code));
    for (const code of ['model/unresolved-ref', 'schema/enum', 'schema/unknown-property', 'model/duplicate-id', 'schema/required']) expect(codes).toContain(code);
    const clean = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-gen-'));
    writeArchitecture(clean, generateArchitecture({ entities: 400, seed: 1, cycles: 2 }));
    const cycles = validateRepository(clean).diagnostics.filter((d) => d.code === 'graph/cycle');
    expect(cycles).toHaveLength(2);
  });

  it('refuses a non-empty output folder and bad numbers', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate.mjs'), ...args], { encoding: 'utf8' });
    expect(run(['--entities', '10', '--out', dir]).status).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine');
    expect(run(['--entities', 'x', '--out', tmp()]).status).toBe(2);
  });
});
