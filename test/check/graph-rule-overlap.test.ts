import { describe, expect, it } from 'vitest';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

const repo = (manifestExtra = '') =>
  tempRepo({
    'arch.yaml': MANIFEST + manifestExtra,
    'a.yaml': `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục Công nghệ thông tin"}
    status: current
  - kind: information-system
    id: httt-mot-cua
    name: {vi: "Hệ thống một cửa"}
    owner: cuc-cntt
    status: current
    securityLevel: 2
  - kind: integration
    id: kn-dan-cu
    name: {vi: "Kết nối CSDL quốc gia về dân cư"}
    owner: cuc-cntt
    status: current
    from: httt-mot-cua
    to: national:csdlqg-dan-cu
`,
  });

const codes = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => /title=([^:]+)::/.exec(l)?.[1]);

describe('a point-to-point external integration', () => {
  it('is a graph finding in validate', async () => {
    const r = await runCli(['validate', repo(), '--format', 'github']);
    expect(codes(r.stdout)).toContain('graph/bypasses-integration-platform');
  });

  it('is reported once by check, as rule C20 with its legal source', async () => {
    const dir = repo();
    const r = await runCli(['check', dir, '--format', 'github']);
    const found = codes(r.stdout);
    expect(found).toContain('rule/C20');
    expect(found).not.toContain('graph/bypasses-integration-platform');
  });

  it('comes back as the graph finding when C20 is turned off', async () => {
    const found = codes((await runCli(['check', repo('rules: {C20: "off"}\n'), '--format', 'github'])).stdout);
    expect(found).not.toContain('rule/C20');
    expect(found).toContain('graph/bypasses-integration-platform');
  });

  const WAIVER = 'assessment: {asOf: 2024-12-31}\nwaivers:\n  - {rule: graph/bypasses-integration-platform, elements: [kn-dan-cu], justification: {vi: "Chuyển qua LGSP năm 2025"}, approvedBy: "Thứ trưởng", expires: 2025-06-30}\n';

  it('is waived by its code when C20 is turned off', async () => {
    const r = await runCli(['check', repo(`rules: {C20: "off"}\n${WAIVER}`), '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const bypass = report.validation.filter((f: { code: string }) => f.code === 'graph/bypasses-integration-platform');
    expect(bypass).toMatchObject([{ element: 'kn-dan-cu', waived: { justification: 'Chuyển qua LGSP năm 2025', approvedBy: 'Thứ trưởng', expires: '2025-06-30' } }]);
  });

  it('while C20 runs, a waiver of the graph code is neither applied nor reported unused (waive C20)', async () => {
    const found = codes((await runCli(['check', repo(WAIVER), '--format', 'github'])).stdout);
    expect(found).toContain('rule/C20');
    expect(found).not.toContain('graph/bypasses-integration-platform');
    expect(found).not.toContain('check/waiver-unused');
  });
});
