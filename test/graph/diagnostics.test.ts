/** Graph findings as diagnostics: exact codes, file:line:col of the reference that causes them, related locations. */
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/pipeline.js';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

const at = (d: { location?: { file: string; range?: { start: { line: number; column: number } } } }) => `${d.location?.file}:${d.location?.range?.start.line}:${d.location?.range?.start.column}`;

const UNITS = `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục Công nghệ thông tin"}
    status: current
`;

// Line numbers matter below: keep this text as is.
const SYSTEMS = `elements:
  - kind: information-system
    id: he-thong-a
    name: {vi: "Hệ thống A"}
    owner: cuc-cntt
    status: current
    dependsOn:
      - he-thong-b
  - kind: information-system
    id: he-thong-b
    name: {vi: "Hệ thống B"}
    owner: cuc-cntt
    status: current
    dependsOn: [he-thong-c]
  - kind: information-system
    id: he-thong-c
    name: {vi: "Hệ thống C"}
    owner: cuc-cntt
    status: current
    uses: [he-thong-d, he-thong-a]
  - kind: information-system
    id: he-thong-d
    name: {vi: "Hệ thống D"}
    owner: cuc-cntt
    status: current
  - kind: information-system
    id: he-thong-le
    name: {vi: "Hệ thống lẻ"}
    owner: cuc-cntt
    status: current
`;

const INTEGRATIONS = `elements:
  - kind: integration
    id: kn-dan-cu
    name: {vi: "Kết nối CSDL dân cư"}
    owner: cuc-cntt
    status: current
    from: he-thong-d
    to: national:csdlqg-dan-cu
`;

function repo(extra: Record<string, string> = {}): string {
  return tempRepo({ 'arch.yaml': MANIFEST, 'units.yaml': UNITS, 'systems.yaml': SYSTEMS, 'integrations.yaml': INTEGRATIONS, ...extra });
}

describe('graph diagnostics', () => {
  it('reports a cycle at its first reference, lists the whole cycle and relates every edge', () => {
    const r = validateRepository(repo());
    const cycles = r.diagnostics.filter((d) => d.code === 'graph/cycle');
    expect(cycles).toHaveLength(1);
    const c = cycles[0]!;
    expect(c.severity).toBe('warning');
    expect(at(c)).toBe('systems.yaml:8:9');
    expect(c.message.en).toBe('Dependency cycle between 3 elements: he-thong-a → he-thong-b → he-thong-c → he-thong-a');
    expect(c.message.vi).toContain('Vòng phụ thuộc giữa 3 phần tử');
    expect(c.related?.map((x) => `${at({ location: x })} ${x.message.en}`)).toEqual([
      'systems.yaml:8:9 he-thong-a dependsOn he-thong-b (field dependsOn)',
      'systems.yaml:14:17 he-thong-b dependsOn he-thong-c (field dependsOn)',
      'systems.yaml:20:24 he-thong-c uses he-thong-a (field uses)',
    ]);
  });

  it('reports an unconnected system at its id, and an external link without the platform at its `to`', () => {
    const r = validateRepository(repo());
    const iso = r.diagnostics.filter((d) => d.code === 'graph/isolated');
    expect(iso.map((d) => `${at(d)} ${d.message.en}`)).toEqual(['systems.yaml:27:9 Information system "he-thong-le" is not connected: nothing refers to it and it refers to nothing']);
    const bypass = r.diagnostics.filter((d) => d.code === 'graph/bypasses-integration-platform');
    expect(bypass.map(at)).toEqual(['integrations.yaml:8:9']);
    expect(bypass[0]!.message.en).toBe('Integration "kn-dan-cu" with a party outside the ministry (national:csdlqg-dan-cu) does not pass through an integration platform (via: —)');
    expect(bypass[0]!.hint?.en).toMatch(/national:ndxp/);
  });

  it('reports a layer violation at the reference, and a project cycle as an error', () => {
    const r = validateRepository(
      repo({
        'more.yaml': `elements:
  - {kind: database, id: csdl, name: {vi: "CSDL"}, owner: cuc-cntt, status: current, managedBy: he-thong-d}
  - {kind: integration, id: kn-csdl, name: {vi: "K"}, owner: cuc-cntt, status: current, from: he-thong-d, to: csdl}
  - {kind: project, id: da-1, name: {vi: "Dự án 1"}, owner: cuc-cntt, status: planned, dependsOn: [da-2]}
  - {kind: project, id: da-2, name: {vi: "Dự án 2"}, owner: cuc-cntt, status: planned, dependsOn: [da-1]}
`,
      }),
    );
    const layer = r.diagnostics.filter((d) => d.code === 'graph/layer-violation');
    expect(layer.map((d) => `${at(d)} ${d.severity}`)).toEqual(['more.yaml:3:111 warning']);
    expect(layer[0]!.message.en).toMatch(/^Reference to from "kn-csdl" \(Application\) to "csdl" \(Data\) breaks a layer rule: connects directly to a database/);
    expect(layer[0]!.message.vi).toMatch(/\(Ứng dụng\).*\(Dữ liệu\)/);
    const projects = r.diagnostics.filter((d) => d.code === 'graph/cycle' && d.message.en.includes('da-1'));
    expect(projects.map((d) => `${at(d)} ${d.severity}`)).toEqual(['more.yaml:4:100 error']);
  });

  it('does not report unconnected elements when earlier stages failed (their references are missing)', () => {
    const r = validateRepository(repo({ 'broken.yaml': 'elements:\n  - {kind: information-system, id: x, name: {vi: "X"}, owner: cuc-cntt, status: current, uses: [he-thong-lee]}\n' }));
    expect(r.diagnostics.some((d) => d.code === 'model/unresolved-ref')).toBe(true);
    expect(r.diagnostics.some((d) => d.code === 'graph/isolated')).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'graph/cycle')).toBe(true);
  });

  it('arch validate prints them as warnings with file:line:col and exits 0', async () => {
    const dir = repo();
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.sort()).toEqual(['graph/bypasses-integration-platform', 'graph/cycle', 'graph/isolated']);
    const human = await runCli(['validate', dir]);
    expect(human.stderr).toMatch(/systems\.yaml:8:9\s+warning\s+Dependency cycle/);
  });
});
