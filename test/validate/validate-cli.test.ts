import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempRepo, MANIFEST } from '../helpers/cli.js';
import { brokenRepo, cleanRepo } from './fixtures.js';

interface JsonDiag {
  code: string;
  severity: string;
  file: string;
  range: { start: { line: number; column: number } };
  message: string;
  hint?: string;
}

const where = (d: JsonDiag) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}`;

describe('arch validate', () => {
  it('exits 0 and says so on a clean repository', async () => {
    const dir = cleanRepo();
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('✔ No problems found.\n');
  });

  it('reports every mistake with file:line:col, sorted, and exits 1', async () => {
    const dir = brokenRepo();
    const r = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: Record<string, number>; diagnostics: JsonDiag[] };
    expect(out.diagnostics.map(where)).toEqual([
      'systems.yaml:5:12 error model/unresolved-ref',
      'systems.yaml:7:20 error schema/range',
      'systems.yaml:8:12 error model/unknown-catalogue',
      'systems.yaml:9:5 error schema/unknown-property',
      'systems.yaml:13:12 error model/wrong-kind',
      'units.yaml:3:9 error model/duplicate-id',
    ]);
    expect(out.summary).toEqual({ error: 6, warning: 0, info: 0, waived: 0 });
    const byCode = Object.fromEntries(out.diagnostics.map((d) => [d.code, d.message]));
    expect(byCode['model/unresolved-ref']).toBe('Reference "cuc-cnt" does not match any element — did you mean "cuc-cntt"?');
    expect(byCode['model/unknown-catalogue']).toBe('Catalogue entry "national:ndxpp" does not exist — did you mean "national:ndxp"?');
    // Files load in path order, so the org unit in units.yaml is the second "cuc-cntt"; the system's owner then names a system.
    expect(byCode['model/duplicate-id']).toBe('Duplicate id "cuc-cntt" (also used at systems.yaml:11:9)');
    expect(byCode['model/wrong-kind']).toBe('"cuc-cntt" has kind Information system; information-system.owner expects Organisation unit');
  });

  it('prints human diagnostics on stderr with a hint per finding', async () => {
    const r = await runCli(['validate', '.'], { cwd: brokenRepo() });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('systems.yaml:7:20  error  securityLevel must be 1–5 (Information-system security level under NĐ 85/2016/NĐ-CP)  schema/range\n    fix: Bring the value within the allowed bounds.\n');
    expect(r.stderr).toContain('↳ systems.yaml:11:9 First declaration');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('✖ 6 problems (6 errors, 0 warnings, 0 info)');
  });

  it('speaks Vietnamese with --lang vi', async () => {
    const r = await runCli(['validate', '.', '--lang', 'vi'], { cwd: brokenRepo() });
    expect(r.stderr).toContain('Tham chiếu "cuc-cnt" không trỏ tới phần tử nào — có phải "cuc-cntt"?');
    expect(r.stderr).toContain('✖ 6 vấn đề (6 lỗi, 0 cảnh báo, 0 thông tin)');
  });

  it('--quiet keeps errors only and --fail-on decides the exit code', async () => {
    const dir = tempRepo({
      'arch.yaml': MANIFEST + 'include: ["nothing/*.yaml", "*.yaml"]\n',
      'a.yaml': 'elements: []\n',
    });
    const warn = await runCli(['validate', dir, '--format', 'json']);
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.stdout).diagnostics.map((d: JsonDiag) => d.code)).toEqual(['load/include-no-match']);
    expect((await runCli(['validate', dir, '--fail-on', 'warning'])).code).toBe(1);
    const quiet = await runCli(['validate', dir, '--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
  });

  it('exits 2 for usage and I/O errors, with no stack trace', async () => {
    const missing = await runCli(['validate', '/nonexistent/arch-repo']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'arch: No such folder: /nonexistent/arch-repo\n' });
    const noManifest = await runCli(['validate', tempRepo({ 'a.yaml': 'elements: []\n' })]);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toMatch(/^arch: .* is not an architecture repository: no arch\.yaml manifest here or in any parent folder\. Run `arch init /);
    const badFlag = await runCli(['validate', '--formt', 'json']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("unknown option '--formt'");
    const badChoice = await runCli(['validate', '--format', 'xml']);
    expect(badChoice.code).toBe(2);
    expect(badChoice.stderr).toContain("argument 'xml' is invalid");
  });

  it('--output writes the report atomically and never clobbers a foreign file', async () => {
    const dir = brokenRepo();
    const out = path.join(dir, 'report.sarif');
    const r = await runCli(['validate', '.', '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect((await runCli(['validate', '.', '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir })).code).toBe(1);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'my notes\n');
    const refused = await runCli(['validate', '.', '-f', 'json', '-o', 'notes.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('was not generated by arch; use --force');
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
    expect((await runCli(['validate', '.', '-f', 'json', '-o', 'notes.txt', '--force'], { cwd: dir })).code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the architecture date selects the national platforms and standards in force, naming the successor of a replaced row', async () => {
    const repo = (date: string, framework: string) =>
      tempRepo({
        'arch.yaml': `ministry: {code: BTTTT, name: {vi: "Bộ Thông tin và Truyền thông"}}\nframework: "${framework}"\narchitecture: {version: "1.0", date: ${date}, status: draft}\n`,
        'elements.yaml': `elements:
  - {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current}
  - {kind: information-system, id: ht, name: {vi: "Hệ thống"}, status: current, owner: bo, uses: [national:ngsp, national:csdlqg-tthc, national:vneid]}
  - {kind: standard, id: tc-http, name: {vi: "HTTP v1.1"}, status: current, owner: bo, catalogueRef: std:tt22-2013-http-1.1}
`,
      });
    const diags = async (dir: string) => (JSON.parse((await runCli(['validate', '.', '--format', 'json'], { cwd: dir })).stdout) as { diagnostics: JsonDiag[] }).diagnostics;
    const in2015 = await diags(repo('2015-12-28', '1.0'));
    expect(in2015.map(where)).toEqual(['elements.yaml:3:136 warning model/catalogue-not-in-force']);
    expect(in2015[0]!.message).toBe('Catalogue entry "national:vneid" is not in force on 2015-12-28 (starts 2022-01-06)');
    const in2019 = await diags(repo('2019-01-01', '2.0'));
    expect(in2019.map((d) => `${where(d)} ${d.message}`)).toEqual([
      'elements.yaml:3:136 warning model/catalogue-not-in-force Catalogue entry "national:vneid" is not in force on 2019-01-01 (starts 2022-01-06)',
      'elements.yaml:4:102 warning model/catalogue-not-in-force Catalogue entry "std:tt22-2013-http-1.1" is not in force on 2019-01-01 (ended 2018-07-01)',
    ]);
    expect(in2019[1]!.hint).toBe('Use the current entry (std:tt39-1.1-http-1.1).');
  });

  it('runs as a process: complete output when piped, no colour when not a TTY', () => {
    const dir = brokenRepo();
    const r = spawnCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics).toHaveLength(6);
    const human = spawnCli(['validate', dir]);
    expect(human.stderr).not.toMatch(/\u001b\[/);
    const forced = spawnCli(['validate', dir], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toMatch(/\u001b\[31m/);
    const noColor = spawnCli(['validate', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stderr).not.toMatch(/\u001b\[/);
  });
});

describe('one spelling of an agency code, with a did-you-mean for the other', () => {
  const UNITS = 'elements:\n  - {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current}\n  - {kind: information-system, id: ht, name: {vi: "HT"}, status: current, owner: bo}\n';
  it('ministry:bca in a reference is unknown, and the message offers ministry:BCA as the fix', async () => {
    const dir = tempRepo({ 'arch.yaml': MANIFEST, 'a.yaml': `${UNITS}  - {kind: integration, id: kn, name: {vi: "KN"}, status: current, owner: bo, from: ht, to: ministry:bca, via: [national:ndxp]}\n` });
    const r = await runCli(['validate', dir, '--format', 'json']);
    const d = JSON.parse(r.stdout).diagnostics.filter((x: { code: string }) => x.code === 'model/unknown-catalogue');
    expect(d).toMatchObject([{ range: { start: { line: 4 } }, message: 'Catalogue entry "ministry:bca" does not exist — did you mean "ministry:BCA"?' }]);
    const fixed = tempRepo({ 'arch.yaml': MANIFEST, 'a.yaml': `${UNITS}  - {kind: integration, id: kn, name: {vi: "KN"}, status: current, owner: bo, from: ht, to: ministry:BCA, via: [national:ndxp]}\n` });
    expect((await runCli(['validate', fixed])).code).toBe(0);
  });

  it('a manifest code in lower case names the field, says what it is and offers the code in capitals', async () => {
    const dir = tempRepo({ 'arch.yaml': MANIFEST.replace('code: BYT', 'code: byt') });
    const r = await runCli(['validate', dir]);
    expect(r.stderr).toContain('arch.yaml:1:18  error  Value "byt" does not match the format of "code" (Ministry or ministerial-level agency code from the catalogue) — "BYT"?  schema/pattern');
  });
});
