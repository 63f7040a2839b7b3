/**
 * `arch init` scaffolds a repository that validates with no diagnostics, for every framework profile, whose
 * YAML files carry a yaml-language-server modeline pointing at a schema bundle that exists and accepts them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempRepo } from '../helpers/cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, opts: { mode: string; formats: string[] }) => void;
const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

const yamlFiles = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();

async function validateJson(dir: string) {
  const r = await runCli(['validate', dir, '--format', 'json', '--fail-on', 'info']);
  return { code: r.code, report: JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[] } };
}

const CASES = [
  ['BTTTT', '1.0', '2015-12-28'],
  ['BGTVT', '2.0', '2020-06-01'],
  ['BYT', '3.0', '2024-12-31'],
  ['NHNN', '4.0', '2025-05-01'],
  ['BKHCN', 'ndaf-2025', '2026-01-10'],
] as const;

describe('arch init', () => {
  it.each(CASES)('--ministry %s --framework %s --date %s scaffolds a repository that validates with zero diagnostics', async (ministry, framework, date) => {
    const dir = path.join(tempRepo({}), 'kien-truc');
    const r = await runCli(['init', dir, '--ministry', ministry, '--framework', framework, '--date', date]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const v = await validateJson(dir);
    expect(v.report.diagnostics).toEqual([]);
    expect(v.code).toBe(0);
    const manifest = parse(fs.readFileSync(path.join(dir, 'arch.yaml'), 'utf8'));
    expect(manifest).toMatchObject({ ministry: { code: ministry }, framework, architecture: { date, status: 'draft' } });
  });

  it.each(CASES)('--ministry %s --framework %s --date %s: the starter passes arch check on its date with no finding at all', async (ministry, framework, date) => {
    const dir = path.join(tempRepo({}), 'kien-truc');
    expect((await runCli(['init', dir, '--ministry', ministry, '--framework', framework, '--date', date])).code).toBe(0);
    const r = await runCli(['check', dir, '--as-of', date, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { summary: { conforms: boolean; findings: Record<string, number>; validation: Record<string, number> }; rules: { id: string; status: string; findings: unknown[] }[] };
    expect(report.rules.filter((x) => x.findings.length > 0).map((x) => x.id)).toEqual([]);
    expect(report.summary.conforms).toBe(true);
    expect(r.code).toBe(0);
  });

  it('writes the manifest and one file per component architecture, each with a working offline modeline', async () => {
    const dir = tempRepo({});
    expect((await runCli(['init', dir, '--ministry', 'BYT', '--framework', '3.0', '--date', '2024-12-31'])).code).toBe(0);
    const files = yamlFiles(dir);
    expect(files).toEqual([
      'an-toan-thong-tin/an-toan-thong-tin.yaml',
      'arch.yaml',
      'cong-nghe/cong-nghe.yaml',
      'du-lieu/du-lieu.yaml',
      'nghiep-vu/nghiep-vu.yaml',
      'trien-khai/trien-khai.yaml',
      'ung-dung/ung-dung.yaml',
    ]);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv, { mode: 'fast', formats: ['date', 'uri'] });
    for (const rel of files) {
      const text = fs.readFileSync(path.join(dir, rel), 'utf8');
      const m = MODELINE.exec(text);
      expect(m, rel).not.toBeNull();
      const schemaPath = path.resolve(path.dirname(path.join(dir, rel)), m![1]!);
      expect(schemaPath.startsWith(dir + path.sep), rel).toBe(true);
      const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
      const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"([^"]*)"/g)].map((x) => x[1]!);
      expect(refs.every((x) => x.startsWith('#')), rel).toBe(true);
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      expect(validate(parse(text)) ? [] : validate.errors, rel).toEqual([]);
    }
    // The LGSP reaches the national exchange platform and, in force on today's date, the data coordination platform (C58).
    expect(fs.readFileSync(path.join(dir, 'ung-dung/ung-dung.yaml'), 'utf8')).toContain('connectsTo: [national:ndxp, national:ndc-coordination]');
  });

  it('picks the national platforms and online levels of the date: NGSP and legacy levels in 2015, NDXP and NĐ 42/2022 levels later', async () => {
    const old = tempRepo({});
    await runCli(['init', old, '--ministry', 'BTTTT', '--framework', '1.0', '--date', '2015-12-28']);
    const app = fs.readFileSync(path.join(old, 'ung-dung/ung-dung.yaml'), 'utf8');
    expect(app).toContain('national:ngsp');
    expect(app).not.toContain('std:tt39');
    expect(fs.readFileSync(path.join(old, 'nghiep-vu/nghiep-vu.yaml'), 'utf8')).toContain('legacyLevel: 3');
    const now = tempRepo({});
    await runCli(['init', now, '--ministry', 'BKHCN', '--framework', 'ndaf-2025', '--date', '2026-01-10']);
    expect(fs.readFileSync(path.join(now, 'ung-dung/ung-dung.yaml'), 'utf8')).toContain('std:tt39-tls-1.2');
    expect(fs.readFileSync(path.join(now, 'nghiep-vu/nghiep-vu.yaml'), 'utf8')).toContain('onlineLevel: mot_phan');
  });

  it('writes comments in the chosen language', async () => {
    const en = tempRepo({});
    await runCli(['init', en, '--ministry', 'BYT', '--framework', '4.0', '--date', '2025-06-01', '--lang', 'en']);
    expect(fs.readFileSync(path.join(en, 'du-lieu/du-lieu.yaml'), 'utf8')).toContain('# Data architecture');
    const vi = tempRepo({});
    await runCli(['init', vi, '--ministry', 'BYT', '--framework', '4.0', '--date', '2025-06-01', '--lang', 'vi']);
    expect(fs.readFileSync(path.join(vi, 'du-lieu/du-lieu.yaml'), 'utf8')).toContain('# Kiến trúc dữ liệu');
  });

  it('refuses to overwrite existing files (and writes nothing), unless --force', async () => {
    const dir = tempRepo({ 'arch.yaml': 'ministry: mine\n' });
    const r = spawnCli(['init', dir, '--ministry', 'BYT', '--framework', '3.0', '--date', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('arch.yaml');
    expect(r.stderr).toContain('--force');
    expect(fs.readdirSync(dir)).toEqual(['arch.yaml']);
    expect(fs.readFileSync(path.join(dir, 'arch.yaml'), 'utf8')).toBe('ministry: mine\n');
    expect((await runCli(['init', dir, '--ministry', 'BYT', '--framework', '3.0', '--date', '2024-12-31', '--force'])).code).toBe(0);
    expect((await validateJson(dir)).report.diagnostics).toEqual([]);
  });

  it('a file where a folder must go is refused up front: exit 2, no file written', () => {
    const dir = tempRepo({ 'du-lieu': 'not a folder\n' });
    const r = spawnCli(['init', dir, '--ministry', 'BYT', '--framework', '3.0', '--date', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('du-lieu');
    expect(r.stderr).not.toContain('internal error');
    expect(fs.readdirSync(dir)).toEqual(['du-lieu']);
  });

  it('an unknown ministry code exits 2 with a suggestion and writes nothing', () => {
    const dir = path.join(tempRepo({}), 'x');
    const r = spawnCli(['init', dir, '--ministry', 'BYTE', '--framework', '3.0', '--date', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"BYTE"');
    expect(r.stderr).toContain('did you mean "BYT"');
    expect(r.stderr).toContain('arch catalog ministry');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('a ministry not in the catalogue on the date names its successor (Bộ TT&TT → Bộ KH&CN after 01/03/2025)', () => {
    const r = spawnCli(['init', path.join(tempRepo({}), 'x'), '--ministry', 'BTTTT', '--framework', '4.0', '--date', '2025-06-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ministry BKHCN');
    expect(r.stderr).toContain('2025-03-01');
  });

  it('usage errors: unknown framework, impossible date, missing --ministry', () => {
    expect(spawnCli(['init', 'x', '--ministry', 'BYT', '--framework', '5.0']).code).toBe(2);
    const bad = spawnCli(['init', 'x', '--ministry', 'BYT', '--framework', '3.0', '--date', '2024-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    expect(spawnCli(['init', 'x', '--framework', '3.0']).code).toBe(2);
  });

  it('without --date it uses today (ARCH_TODAY pins it for reproducible runs)', async () => {
    const dir = tempRepo({});
    const r = await runCli(['init', dir, '--ministry', 'BYT', '--framework', '3.0'], { env: { ARCH_TODAY: '2024-12-31' } });
    expect(r.code).toBe(0);
    expect(parse(fs.readFileSync(path.join(dir, 'arch.yaml'), 'utf8')).architecture.date).toBe('2024-12-31');
  });
});
