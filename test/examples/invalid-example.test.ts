/**
 * examples/bo-y-te-invalid documents, in its README, every diagnostic `arch validate` must report for it.
 * This test parses that list and compares it with the real output in every format: the exact list (file,
 * line, column, severity, code, in order) for json, sarif, junit, github and stylish.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli } from '../helpers/cli.js';

const DIR = path.join(ROOT, 'examples/bo-y-te-invalid');

interface Expected {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
}

const LINE = /^(\S+):(\d+):(\d+) (error|warning|info) (\S+)$/;
const key = (d: Expected) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

function readmeList(): Expected[] {
  const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
  const block = /## Chẩn đoán mong đợi[^\n]*\n+```text\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no "Chẩn đoán mong đợi / Expected diagnostics" block');
  return block[1]!
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = LINE.exec(l);
      if (!m) throw new Error(`README line is not "file:line:col severity code": ${l}`);
      return { file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, code: m[5]! };
    });
}

const expected = readmeList();
const run = (format: string) => runCli(['validate', '.', '--format', format], { cwd: DIR });

describe('examples/bo-y-te-invalid', () => {
  it('documents at least one mistake of every diagnostic family (load, yaml, schema, model)', () => {
    const codes = new Set(expected.map((d) => d.code));
    for (const code of [
      'yaml/duplicate-key', 'yaml/syntax', 'yaml/anchor', 'yaml/alias', 'yaml/tag',
      'schema/required', 'schema/unknown-property', 'schema/type', 'schema/enum', 'schema/format', 'schema/range',
      'model/duplicate-id', 'model/unresolved-ref', 'model/wrong-kind', 'model/unknown-catalogue', 'model/catalogue-not-in-force',
      'load/not-included',
    ]) expect(codes, code).toContain(code);
  });

  it('exits 1 as a process, with the report on stdout for json', () => {
    const r = spawnCli(['validate', '.', '--format', 'json'], { cwd: DIR });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics).toHaveLength(expected.length);
  });

  it('json: exactly the README list, in order', async () => {
    const r = await run('json');
    expect(r.code).toBe(1);
    const got = (JSON.parse(r.stdout) as { diagnostics: { file: string; range: { start: { line: number; column: number } }; severity: string; code: string }[] }).diagnostics.map((d) => ({
      file: d.file,
      line: d.range.start.line,
      column: d.range.start.column,
      severity: d.severity,
      code: d.code,
    }));
    expect(got.map(key)).toEqual(expected.map(key));
  });

  it('sarif: one result per README line, same rule, level and region', async () => {
    const r = await run('sarif');
    const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    const got = results.map((x) => {
      const p = x.locations[0]!.physicalLocation;
      return `${p.artifactLocation.uri}:${p.region.startLine}:${p.region.startColumn} ${x.level} ${x.ruleId}`;
    });
    expect(got).toEqual(expected.map((d) => `${d.file}:${d.line}:${d.column} ${level[d.severity]} ${d.code}`));
  });

  it('junit: one failing test case per README line', async () => {
    const r = await run('junit');
    const got = [...r.stdout.matchAll(/<testcase name="(\S+) (\d+):(\d+)" classname="([^"]+)">\s*<failure message="[^"]*" type="(\w+)"/g)].map((m) => `${m[4]}:${m[2]}:${m[3]} ${m[5]} ${m[1]}`);
    expect(got).toEqual(expected.map(key));
    expect(r.stdout).toContain(`tests="${expected.length}" failures="${expected.length}"`);
  });

  it('github: one annotation per README line', async () => {
    const r = await run('github');
    const kind = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>;
    const got = r.stdout.trim().split('\n').map((l) => {
      const m = /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),.*title=([^:]+)::/.exec(l);
      return m ? `${m[2]}:${m[3]}:${m[4]} ${m[1]} ${m[5]!.replace(/%2F/g, '/')}` : l;
    });
    expect(got).toEqual(expected.map((d) => `${d.file}:${d.line}:${d.column} ${kind[d.severity]} ${d.code}`));
  });

  it('stylish (stderr): one line per README line, with the code at its end', async () => {
    const r = await run('stylish');
    expect(r.stdout).toBe('');
    const got = r.stderr.split('\n').map((l) => /^(\S+:\d+:\d+)\s+(error|warning|info)\s.*\s(\S+\/\S+)$/.exec(l)).filter((m) => m !== null).map((m) => `${m![1]} ${m![2]} ${m![3]}`);
    expect(got).toEqual(expected.map(key));
  });

  it('in Vietnamese too: same codes and positions', async () => {
    const r = await runCli(['validate', '.', '--format', 'json', '--lang', 'vi'], { cwd: DIR });
    const got = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(got.map((d) => d.code)).toEqual(expected.map((d) => d.code));
    expect(got.find((d) => d.code === 'model/unresolved-ref')!.message).toContain('có phải "lgsp-byt"');
  });
});
