/**
 * The example ministries are what a newcomer reads first and what every other command is demonstrated on:
 * they must validate with no diagnostic at all (not even a warning), be large enough to be realistic, and
 * cover all five component architectures with real national platforms and standards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KIND_INFO, type Kind } from '../../src/model/kinds.js';
import { elementsOfKind } from '../../src/model/by-kind.js';
import { validateRepository } from '../../src/pipeline.js';
import { ROOT, spawnCli } from '../helpers/cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
const VALID = fs.readdirSync(EXAMPLES).filter((d) => !d.endsWith('-invalid') && fs.existsSync(path.join(EXAMPLES, d, 'arch.yaml'))).sort();

describe('valid example repositories', () => {
  it('there are at least two: Bộ Y tế on framework 3.0 and a 2015 ministry on framework 1.0', () => {
    expect(VALID).toEqual(expect.arrayContaining(['bo-y-te', 'bo-tttt-2015']));
  });

  it.each(VALID)('arch validate examples/%s exits 0 and reports nothing (process, stylish)', (name) => {
    const r = spawnCli(['validate', `examples/${name}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/error|warning|info/i);
  });

  it.each(VALID)('examples/%s: the JSON report has zero diagnostics of any severity', (name) => {
    const r = spawnCli(['validate', `examples/${name}`, '--format', 'json', '--fail-on', 'info']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toMatchObject({ error: 0, warning: 0, info: 0 });
  });

  it.each(VALID)('examples/%s has 60+ elements in all five component architectures and links to national components', (name) => {
    const result = validateRepository(path.join(EXAMPLES, name));
    const model = result.model!;
    expect(model.elements.length).toBeGreaterThanOrEqual(60);
    const layers = new Set(model.elements.map((e) => KIND_INFO[e.kind as Kind].layer));
    expect([...layers].sort()).toEqual(['application', 'business', 'data', 'governance', 'security', 'technology']);
    const kinds = new Set(model.elements.map((e) => e.kind));
    expect(kinds.size).toBe(16);
    const national = new Set(model.references.filter((r) => r.to.startsWith('national:')).map((r) => r.to));
    expect(national.size).toBeGreaterThanOrEqual(3);
    expect(model.references.some((r) => r.to.startsWith('std:')) || model.elements.some((e) => e.kind === 'standard')).toBe(true);
  });
});

describe('examples/bo-y-te (framework 3.0, QĐ 4152/QĐ-BYT)', () => {
  const dir = path.join(EXAMPLES, 'bo-y-te');
  const model = validateRepository(dir).model!;
  const manifest = parse(fs.readFileSync(path.join(dir, 'arch.yaml'), 'utf8')) as Record<string, any>;

  it('is dated on or after 31/12/2024, on framework 3.0, with the full manifest contents', () => {
    expect(manifest.framework).toBe('3.0');
    expect(String(manifest.architecture.date) >= '2024-12-31').toBe(true);
    expect(manifest.architecture.decision.number).toBe('4152/QĐ-BYT');
    for (const key of ['vision', 'objectives', 'scope', 'legalBases', 'implementation']) expect(manifest.contents[key], key).toBeDefined();
    expect(manifest.contents.objectives.every((o: { kpi?: unknown }) => o.kpi)).toBe(true);
  });

  it('passes arch check on its own date with no error or warning and no waiver (the showcase is conformant; planned systems need no C13 approval yet)', () => {
    expect(manifest.waivers).toBeUndefined();
    const r = spawnCli(['check', 'examples/bo-y-te', '--as-of', manifest.architecture.date, '--fail-on', 'warning']);
    expect(r.stderr).not.toMatch(/\swarning\s|\serror\s/);
    expect(r.code).toBe(0);
  });

  it('assessed two years later, it is told what to amend: the framework since replaced, the laws since repealed', () => {
    const r = spawnCli(['check', 'examples/bo-y-te', '--as-of', '2026-12-01', '--format', 'github']);
    expect(r.stdout).toContain('title=rule/C01::The architecture was issued under framework 3.0');
    expect(r.stdout).toMatch(/title=rule\/C44::13\/2023\/NĐ-CP is no longer in force since 2026-01-01; replaced by 356\/2025\/NĐ-CP/);
  });

  it('has 80+ elements split by component architecture folder', () => {
    expect(model.elements.length).toBeGreaterThanOrEqual(80);
    const folders = new Set([...model.origin.values()].map((o) => o.file.path.split('/')[0]));
    expect([...folders].sort()).toEqual(['an-toan-thong-tin', 'cong-nghe', 'du-lieu', 'nghiep-vu', 'trien-khai', 'ung-dung']);
  });

  it('its LGSP connects to NDXP, its procedure system to the National Public Service Portal', () => {
    const lgsp = elementsOfKind(model, 'platform').filter((e) => e.platformType === 'lgsp');
    expect(lgsp).toHaveLength(1);
    expect(lgsp[0]!.connectsTo).toContain('national:ndxp');
    const tthc = elementsOfKind(model, 'information-system').find((e) => e.role === 'tthc_system' && e.subsystems);
    expect(tthc!.uses).toContain('national:cong-dvcqg');
  });

  it('declares current online levels (toàn trình / một phần), security levels 1–5 with approvals, and budgets', () => {
    const services = model.elements.filter((e) => e.kind === 'public-service');
    expect(new Set(services.map((s) => s.onlineLevel))).toEqual(new Set(['toan_trinh', 'mot_phan']));
    const systems = model.elements.filter((e) => e.kind === 'information-system');
    expect(systems.every((s) => typeof s.securityLevel === 'number')).toBe(true);
    expect(systems.filter((s) => s.securityLevelStatus === 'approved').every((s) => s.securityApproval)).toBe(true);
    expect(model.elements.filter((e) => e.kind === 'project').every((p) => p.start && p.end && typeof p.budgetMillionVnd === 'number')).toBe(true);
    const dbKinds = new Set(model.elements.filter((e) => e.kind === 'database').map((d) => d.dbKind));
    expect(dbKinds).toEqual(new Set(['chuyen_nganh', 'noi_bo', 'dung_chung', 'mo']));
    expect(model.elements.some((e) => e.kind === 'database' && e.replicaOf === 'national:csdlqg-dan-cu')).toBe(true);
  });
});

describe('examples/bo-tttt-2015 (framework 1.0, as written in 2015)', () => {
  const dir = path.join(EXAMPLES, 'bo-tttt-2015');
  const model = validateRepository(dir).model!;

  it('is a 2015 architecture of the pre-merger ministry on framework 1.0', () => {
    expect(model.manifest.framework).toBe('1.0');
    expect(model.manifest.architecture.date.startsWith('2015-')).toBe(true);
    expect(model.owner).toMatchObject({ ns: 'ministry', code: 'BTTTT' });
  });

  it('uses the legacy online levels 1–4 only and the NGSP-era national platform', () => {
    const services = model.elements.filter((e) => e.kind === 'public-service');
    expect(services.every((s) => s.onlineLevel === undefined && typeof s.legacyLevel === 'number')).toBe(true);
    expect(new Set(services.map((s) => s.legacyLevel))).toEqual(new Set([2, 3, 4]));
    expect(model.references.some((r) => r.to === 'national:ngsp')).toBe(true);
    expect(model.references.some((r) => r.to === 'national:ndxp')).toBe(false);
    // Thông tư 39/2017 came into force in 2018: a 2015 architecture cannot cite it.
    expect(model.references.some((r) => r.to.startsWith('std:tt39-'))).toBe(false);
  });
});

describe('examples/lam-dong (a province on the 2025 framework, after the 2025 reorganisation)', () => {
  const dir = path.join(EXAMPLES, 'lam-dong');
  const model = validateRepository(dir).model!;

  it('is owned by a province in force after 01/07/2025, on ndaf-2025, with provincial departments and commune-level units', () => {
    expect(model.owner).toMatchObject({ ns: 'province', code: 'lam-dong' });
    expect(model.manifest.framework).toBe('ndaf-2025');
    const units = elementsOfKind(model, 'org-unit');
    expect(units.filter((u) => u.unitType === 'ubnd_xa').length).toBeGreaterThanOrEqual(3);
    expect(units.some((u) => u.unitType === 'ubnd_tinh')).toBe(true);
    // Its own LGSP is a provincial platform with a security level and a plan (a platform is an information system).
    const lgsp = elementsOfKind(model, 'platform').filter((p) => p.platformType === 'lgsp');
    expect(lgsp.map((p) => [p.level, p.securityLevel])).toEqual([['province', 3]]);
  });

  it('passes arch check with no finding at all on the test date', () => {
    const r = spawnCli(['check', 'examples/lam-dong', '--fail-on', 'info']);
    expect(r.stderr).toBe('✔ No problems found.\n');
    expect(r.code).toBe(0);
  });

  it('a district unit kept as current after 01/07/2025 is reported with the commune that succeeded it', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-lam-dong-'));
    fs.cpSync(dir, copy, { recursive: true });
    const file = path.join(copy, 'to-chuc/don-vi.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace('    status: retiring\n    unitType: ubnd_huyen', '    status: current\n    unitType: ubnd_huyen');
    expect(edited).not.toBe(text);
    fs.writeFileSync(file, edited);
    const line = edited.split('\n').findIndex((l) => l.includes('unitType: ubnd_huyen')); // 0-based: the status line above it, 1-based
    const r = spawnCli(['check', copy, '--lang', 'vi']);
    expect(r.stderr).toContain(`/to-chuc/don-vi.yaml:${line}:13  cảnh báo  Đơn vị cấp huyện "ubnd-huyen-lam-ha" không còn từ 01/07/2025; nhiệm vụ đã chuyển cho "ubnd-xa-lam-ha"  rule/C57`);
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it('writes what is known only roughly without inventing values: estimates of counts, project periods by year or month', () => {
    const services = elementsOfKind(model, 'public-service');
    expect(services.some((s) => typeof s.annualCases === 'object')).toBe(true);
    const projects = elementsOfKind(model, 'project');
    expect(projects.some((p) => p.start === '2027' && p.end === '2028')).toBe(true);
    // The project that shares master data names the legal deadline it serves, and ends by it.
    expect(projects.find((p) => p.deadline === 'nd-278-2025#master-data-sharing')?.end).toBe('2026-12');
  });
});
