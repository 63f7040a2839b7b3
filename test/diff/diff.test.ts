/**
 * Issue #17: `arch diff` and `arch check --baseline` on real git repositories (init, commits, branches, a
 * shallow clone), through the built CLI.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../helpers/cli.js';
import { sarifErrors } from '../helpers/shared.js';

const EXAMPLE = path.join(ROOT, 'examples/bo-y-te');
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.vn', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
const edit = (file: string, from: string, to: string) => {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  fs.writeFileSync(file, text.replace(from, to));
};
const arch = (cwd: string, ...args: string[]) => spawnCli(args, { cwd, env: { ARCH_LANG: 'en' }, timeoutMs: 120_000 });

/** The example on main, and a branch `feature` that changes what each category of the diff reports. */
function exampleRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-diff-'));
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'approved architecture');
  git(dir, 'checkout', '-qb', 'feature');
  const systems = path.join(dir, 'ung-dung/he-thong-thong-tin.yaml');
  edit(systems, '    securityLevel: 3\n    securityLevelStatus: approved\n    securityApproval: {decision: "1125/QĐ-BYT", date: 2023-04-20, approver: owner, appraisedBy: "Cục Công nghệ thông tin"}\n', '    securityLevel: 2\n    securityLevelStatus: approved\n');
  const links = path.join(dir, 'ung-dung/ket-noi.yaml');
  edit(links, '    via: [lgsp-byt, national:ndxp]\n', '    via: [national:ndxp]\n');
  edit(links, 'id: kn-lgsp-ndxp\n', 'id: kn-lgsp-ndxp-v2\n');
  fs.appendFileSync(links, '  - kind: integration\n    id: kn-moi\n    name: {vi: "Kết nối mới", en: "New link"}\n    status: planned\n    owner: cuc-cntt\n    from: he-thong-tthc\n    to: national:csdlqg-dan-cu\n    direction: one_way\n    method: api_rest\n    carriesPersonalData: true\n');
  git(dir, 'commit', '-qam', 'change');
  return dir;
}

describe('arch diff', () => {
  let repo: string;
  beforeAll(() => {
    repo = exampleRepo();
  });

  it('reports every category against the merge base with main (json)', () => {
    const r = arch(repo, 'diff', '--format', 'json', '--as-of', '2026-01-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.base.label).toMatch(/^merge-base\(HEAD, main\) \([0-9a-f]{12}\)$/);
    expect(d.head.label).toBe('working tree');
    expect(d.added.map((e: { id: string }) => e.id)).toEqual(['kn-moi']);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((e: { id: string; renamedFrom?: string }) => [e.id, e.renamedFrom ?? null])).toEqual([
      ['he-thong-tthc', null],
      ['kn-lgsp-ndxp-v2', 'kn-lgsp-ndxp'],
      ['kn-tthc-cong-dvcqg', null],
    ]);
    expect(d.changed[0].fields).toEqual([
      { field: 'securityApproval', old: { decision: '1125/QĐ-BYT', date: '2023-04-20', approver: 'owner', appraisedBy: 'Cục Công nghệ thông tin' } },
      { field: 'securityLevel', old: 3, new: 2 },
    ]);
    expect(d.changed[2].fields).toEqual([{ field: 'via', old: ['lgsp-byt', 'national:ndxp'], new: ['national:ndxp'] }]);
    // A renamed element's relations are compared under its new id: only the new link and the dropped LGSP hop change.
    expect(d.relations).toEqual({
      added: [
        { from: 'kn-moi', relation: 'flowsFrom', to: 'he-thong-tthc' },
        { from: 'kn-moi', relation: 'flowsTo', to: 'national:csdlqg-dan-cu' },
        { from: 'kn-moi', relation: 'ownedBy', to: 'cuc-cntt' },
      ],
      removed: [{ from: 'kn-tthc-cong-dvcqg', relation: 'routedVia', to: 'lgsp-byt' }],
    });
    expect(d.security.map((s: { kind: string; element: { id: string } }) => `${s.kind} ${s.element.id}`)).toEqual(['approval-removed he-thong-tthc', 'level-lowered he-thong-tthc', 'personal-data-flow kn-moi', 'off-lgsp kn-tthc-cong-dvcqg']);
    expect(d.findings.introduced.map((f: { code: string; element: string }) => `${f.code} ${f.element}`)).toEqual(['rule/C10 he-thong-tthc', 'rule/C08 he-thong-tthc', 'rule/C08 he-thong-tthc', 'rule/C32 kn-moi', 'rule/C36 kn-moi', 'rule/C40 kn-moi', 'rule/C20 kn-moi']);
    expect(d.findings.introduced[0].source).toBe('NĐ 85/2016/NĐ-CP, Điều 8 (ngưỡng 10.000 người sử dụng), Điều 9');
    expect(d.findings.resolved).toEqual([]);
    expect(d.impact.map((i: { id: string }) => i.id)).toContain('dvc-dang-ky-luu-hanh-thuoc');
    expect(d.impact.every((i: { cause: string; distance: number }) => i.distance >= 1 && ['he-thong-tthc', 'kn-lgsp-ndxp-v2', 'kn-tthc-cong-dvcqg'].includes(i.cause))).toBe(true);
  });

  it('resolved findings and removed elements when going the other way, between two refs', () => {
    const r = arch(repo, 'diff', '--base', 'feature', '--head', 'main', '--format', 'json', '--as-of', '2026-01-01');
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.removed.map((e: { id: string }) => e.id)).toEqual(['kn-moi']);
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.resolved).toHaveLength(7);
    expect(d.security).toEqual([]);
  });

  it('Markdown for a pull-request comment, byte-stable, sections in order', () => {
    const a = arch(repo, 'diff', '--as-of', '2026-01-01');
    const b = arch(repo, 'diff', '--as-of', '2026-01-01');
    expect(a.stdout).toBe(b.stdout);
    const headings = a.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['## Architecture changes', '### Security and personal-data changes', '### Findings introduced by the change', '### Findings resolved', '### Elements — Application', '### Relations', '### Impact of the change (elements that depend on a removed or changed element)']);
    expect(a.stdout).toContain('| Level lowered | he-thong-tthc | Information system | Ministry procedure-processing system | security level lowered from 3 to 2 |');
    expect(a.stdout).toContain('| changed | kn-lgsp-ndxp-v2 | Integration (interface) | Ministry LGSP to NDXP | id changed from kn-lgsp-ndxp |');
  });

  it('SARIF of the introduced findings only, marked new, valid against the SARIF 2.1.0 schema; --fail-on-new sets the exit code', () => {
    const r = arch(repo, 'diff', '--format', 'sarif', '--as-of', '2026-01-01', '--fail-on-new', 'error');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0].results as { ruleId: string; baselineState: string }[];
    expect(results.map((x) => x.ruleId)).toEqual(['rule/C10', 'rule/C08', 'rule/C08', 'rule/C32', 'rule/C36', 'rule/C40', 'rule/C20']);
    expect(new Set(results.map((x) => x.baselineState))).toEqual(new Set(['new']));
    expect(arch(repo, 'diff', '--as-of', '2026-01-01', '--fail-on-new', 'error', '--base', 'feature').code).toBe(0);
  });

  it('a change too big for one comment is cut table by table, saying how many rows were left out', () => {
    const big = exampleRepo();
    const units = Array.from({ length: 3000 }, (_, i) => `  - {kind: org-unit, id: don-vi-moi-${i}, name: {vi: "Đơn vị mới số ${i}", en: "New unit ${i}"}, status: planned, unitType: khac}\n`).join('');
    fs.writeFileSync(path.join(big, 'nghiep-vu/don-vi-moi.yaml'), `elements:\n${units}`);
    const r = arch(big, 'diff', '--as-of', '2026-01-01');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeLessThanOrEqual(65_000);
    expect(r.stdout).toMatch(/\| Elements added \| 3001 \|/);
    expect(r.stdout).toMatch(/… \d+ more rows not shown to fit the comment limit; see the json or html report\./);
  });

  it('bad input: unknown ref, a folder outside git, an invalid base, a shallow clone — exit 2 with what to do', () => {
    const unknown = arch(repo, 'diff', '--base', 'no-such-branch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`arch: no git version "no-such-branch" in ${fs.realpathSync(repo)}; check the branch, tag or commit name (git log --oneline)\n`);

    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-plain-'));
    fs.cpSync(EXAMPLE, plain, { recursive: true });
    const outside = arch(plain, 'diff');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(`arch: ${plain} is not inside a git repository, so the default base cannot be read; name a folder for each version with --base <dir> --head <dir>\n`);

    git(repo, 'checkout', '-qb', 'broken', 'main');
    fs.writeFileSync(path.join(repo, 'arch.yaml'), 'framework: [\n');
    git(repo, 'commit', '-qam', 'broken manifest');
    git(repo, 'checkout', '-q', 'feature');
    const invalid = arch(repo, 'diff', '--base', 'broken');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^arch diff: the base version broken \([0-9a-f]{12}\):\narch\.yaml:2:1 {2}error/);
    expect(invalid.stderr).toMatch(/arch: no model could be built for the base version broken \([0-9a-f]{12}\); fix the errors above\n$/);

    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow], { stdio: 'pipe' });
    const r = arch(shallow, 'diff', '--base', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: this git clone is shallow and lacks that history; fetch the full history \(GitHub Actions: actions\/checkout with fetch-depth: 0, or git fetch --unshallow\)\n$/);
  });

  it('compares two folders without git', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-plain-'));
    fs.cpSync(EXAMPLE, other, { recursive: true });
    edit(path.join(other, 'ung-dung/ket-noi.yaml'), '    via: [lgsp-byt, national:ndxp]\n', '    via: [national:ndxp]\n');
    const r = arch(ROOT, 'diff', '--base', EXAMPLE, '--head', other, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).security.map((s: { kind: string }) => s.kind)).toEqual(['off-lgsp']);
  });
});

describe('arch check --baseline', () => {
  it('fails only on findings not in the baseline; survives moved lines and reordered files; reports stale entries', () => {
    const repo = exampleRepo();
    const written = arch(repo, 'check', '--write-baseline', 'baseline.json', '--as-of', '2026-01-01');
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('arch check: wrote a baseline of 37 finding(s) to baseline.json\n');
    expect(arch(repo, 'check', '--as-of', '2026-01-01').code).toBe(1);
    const clean = arch(repo, 'check', '--baseline', 'baseline.json', '--as-of', '2026-01-01');
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain('arch check: 37 finding(s) in the baseline baseline.json (not shown)\n');

    // Move lines and files: a comment block on top, the integrations file renamed and its entries reversed.
    const links = path.join(repo, 'ung-dung/ket-noi.yaml');
    const text = fs.readFileSync(links, 'utf8');
    const [head, ...items] = text.split(/\n(?= {2}- kind:)/);
    fs.rmSync(links);
    fs.writeFileSync(path.join(repo, 'ung-dung/00-ket-noi.yaml'), `# moved\n# and reordered\n${head}\n${items.reverse().join('\n')}\n`);
    const moved = arch(repo, 'check', '--baseline', 'baseline.json', '--as-of', '2026-01-01');
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('37 finding(s) in the baseline');

    // Fix one finding (the new link gets its protocol) and add a new one.
    edit(path.join(repo, 'ung-dung/00-ket-noi.yaml'), '    method: api_rest\n    carriesPersonalData: true\n', '    method: api_rest\n    protocols: [std:tt39-1.1-http-1.1]\n    carriesPersonalData: true\n');
    fs.appendFileSync(path.join(repo, 'ung-dung/00-ket-noi.yaml'), '  - {kind: integration, id: kn-khac, name: {vi: "Khác"}, status: planned, owner: cuc-cntt, from: he-thong-tthc, to: lgsp-byt, method: api_rest, protocols: [std:tt39-1.1-http-1.1]}\n');
    const after = arch(repo, 'check', '--baseline', 'baseline.json', '--as-of', '2026-01-01', '--fail-on', 'info');
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('1 baseline entry no longer occurs — refresh it with --write-baseline\n  gone: rule/C32 kn-moi — Integration "kn-moi" (api_rest) names no protocol standard\n');
    expect(after.stderr).toMatch(/info {2}integration "kn-khac" is planned but no project delivers it {2}rule\/C40/);
    expect(after.stderr).not.toMatch(/rule\/C10/);
  });

  it('a git ref as the baseline, and a damaged baseline file is exit 2', () => {
    const repo = exampleRepo();
    const r = arch(repo, 'check', '--baseline', 'main', '--as-of', '2026-01-01');
    expect(r.stderr).toContain('arch check: 30 finding(s) in the baseline main (not shown)\n');
    expect(r.code).toBe(1);
    fs.writeFileSync(path.join(repo, 'b.json'), '{"format": "other"}');
    const bad = arch(repo, 'check', '--baseline', 'b.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('arch: b.json is not an arch baseline ("format" is not "arch-baseline/1"); write one with arch check --write-baseline b.json\n');
  });
});

describe('as-is → to-be inside one repository', () => {
  it('the example: target elements come in by phase, the Oracle server leaves with the project that addresses its gap', () => {
    const r = arch(ROOT, 'diff', 'examples/bo-y-te', '--as-is-to-be', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.base.label).toBe('working tree: current (as-is)');
    expect(d.removed.map((e: { id: string }) => e.id)).toEqual(['hqt-oracle']);
    expect(d.added.map((e: { id: string }) => e.id)).toEqual(['csdl-mo-y-te', 'dam-may-byt', 'he-thong-dieu-hanh-ioc', 'he-thong-du-lieu-y-te', 'kho-du-lieu-y-te', 'kn-du-lieu-mo', 'kn-du-lieu-ttdlqg', 'nen-tang-du-lieu-y-te']);
    expect(d.transition.phases.map((p: { phase: string; delivers: string[]; retires: string[]; elementsAfter: number }) => [p.phase, p.delivers.length, p.retires, p.elementsAfter])).toEqual([
      // Phases in the order their first project starts (2025–2026 from 15/01/2025, 2025 from 01/06/2025, 2025–2027 from 01/07/2025).
      ['2025–2026', 3, [], 152],
      ['2025', 0, [], 152],
      ['2025–2027', 4, [], 156],
      ['2026', 0, ['hqt-oracle'], 155],
      ['2027–2028', 1, [], 156],
    ]);
    expect(d.transition.asIs).toHaveLength(149);
    expect(d.transition.toBe).toHaveLength(156);
    expect(d.transition.afterRoadmap).toEqual({ delivers: [], retires: [] });
    expect([d.transition.undelivered, d.transition.unreplaced, d.transition.emptyProjects]).toEqual([[], [], []]);
  });

  it('derived gaps: a target element nobody delivers, a retiring element nothing replaces, a project that delivers nothing (also in the outline)', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-tobe-'));
    fs.writeFileSync(path.join(repo, 'arch.yaml'), 'ministry: {code: BYT, name: {vi: "Bộ Y tế", en: "Ministry of Health"}}\nframework: "3.0"\narchitecture: {version: "1.0", date: 2024-12-31, status: draft}\n');
    fs.writeFileSync(
      path.join(repo, 'a.yaml'),
      [
        'elements:',
        '  - {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current, unitType: bo}',
        '  - {kind: technology-component, id: may-cu, name: {vi: "Máy chủ cũ"}, status: retiring, owner: bo, techType: data_center}',
        '  - {kind: technology-component, id: may-moi, name: {vi: "Máy chủ mới"}, status: target, owner: bo, techType: data_center}',
        '  - {kind: technology-component, id: may-le, name: {vi: "Máy chủ lẻ"}, status: planned, owner: bo, techType: data_center}',
        '  - {kind: project, id: da-a, name: {vi: "Dự án A"}, status: planned, owner: bo, phase: "2026", delivers: [may-moi]}',
        '  - {kind: project, id: da-rong, name: {vi: "Dự án rỗng"}, status: planned, owner: bo}',
        '',
      ].join('\n'),
    );
    const r = arch(repo, 'diff', '.', '--as-is-to-be', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout).transition;
    expect(t.phases.map((p: { phase: string | null; delivers: string[]; elementsAfter: number }) => [p.phase, p.delivers, p.elementsAfter])).toEqual([
      ['2026', ['may-moi'], 3],
      [null, [], 3],
    ]);
    expect(t.afterRoadmap).toEqual({ delivers: ['may-le'], retires: ['may-cu'] });
    expect([t.undelivered, t.unreplaced, t.emptyProjects]).toEqual([['may-le'], ['may-cu'], ['da-rong']]);
    const outline = arch(repo, 'outline', '.', '--lang', 'en');
    expect(outline.stdout).toContain('| Target element no project delivers | Máy chủ lẻ |\n| Retiring element with no replacement | Máy chủ cũ |\n| Project that delivers nothing | Dự án rỗng |');
    expect(outline.stdout).toMatch(/\| Current \(as-is\) \| {2}\| {2}\| 2 \|\n\| 2026 \| Máy chủ mới \| {2}\| 3 \|\n\| Phase not set \| {2}\| {2}\| 3 \|\n\| Target \(outside the phases\) \| Máy chủ lẻ \| Máy chủ cũ \| 3 \|/);
  });
});

describe('the outline\'s transition table at national scale', () => {
  it('names at most 20 elements a cell and counts the rest', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-tobe-'));
    fs.writeFileSync(path.join(repo, 'arch.yaml'), 'ministry: {code: BYT, name: {vi: "Bộ Y tế", en: "Ministry of Health"}}\nframework: "3.0"\narchitecture: {version: "1.0", date: 2024-12-31, status: draft}\n');
    const ids = Array.from({ length: 26 }, (_, i) => `may-${String(i).padStart(2, '0')}`);
    fs.writeFileSync(
      path.join(repo, 'a.yaml'),
      [
        'elements:',
        '  - {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current, unitType: bo}',
        ...ids.map((id) => `  - {kind: technology-component, id: ${id}, name: {vi: "Máy ${id}"}, status: target, owner: bo, techType: data_center}`),
        `  - {kind: project, id: da-a, name: {vi: "Dự án A"}, status: planned, owner: bo, phase: "2026", delivers: [${ids.join(', ')}]}`,
        '',
      ].join('\n'),
    );
    const outline = arch(repo, 'outline', '.', '--lang', 'en');
    expect(outline.code, outline.stderr).toBe(0);
    const row = outline.stdout.split('\n').filter((l) => l.startsWith('| 2026 |')).at(-1)!; // the roadmap table has a 2026 row too
    expect(row).toBe(`| 2026 | ${ids.slice(0, 20).map((id) => `Máy ${id}`).join('; ')}; and 6 more | 27 |`); // no phase retires anything: that column is left out
  });
});
