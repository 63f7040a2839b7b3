/** Graph findings under the manifest: severity settings and waivers by code, as for rules (src/check/graph-findings.ts). */
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../helpers/cli.js';
import { sarifErrors } from '../helpers/shared.js';

/**
 * Two unconnected systems (graph/isolated, warnings) and a cycle of roadmap projects (graph/cycle, an error);
 * the rules a five-element repository cannot meet are off. `rules` go first (line 5 on), then the waivers.
 */
function graphRepo(opts: { rules?: string; waivers?: string; elements?: string } = {}): string {
  return tempRepo({
    'arch.yaml': `ministry: {code: BYT, name: {vi: "Bộ Y tế"}}
framework: "3.0"
architecture: {version: "1.0", date: 2024-12-31, status: draft}
rules:
${opts.rules ? `${opts.rules}\n` : ''}  C02: "off"
  C03: "off"
  C04: "off"
  C05: "off"
  C15: "off"
  C17: "off"
  C18: "off"
  C29: "off"
  C39: "off"
  C40: "off"
${opts.waivers ? `waivers:\n${opts.waivers}\n` : ''}assessment: {asOf: 2024-12-31}
`,
    'elements.yaml': `elements:
  - {kind: org-unit, id: bo, name: {vi: "Bộ Y tế"}, status: current}
  - {kind: information-system, id: ht-le, name: {vi: "HT lẻ"}, status: current, owner: bo, securityLevel: 2}
  - {kind: information-system, id: ht-le-2, name: {vi: "HT lẻ 2"}, status: current, owner: bo, securityLevel: 2}
  - {kind: project, id: da-a, name: {vi: "DA A"}, status: planned, owner: bo, dependsOn: [da-b]}
  - {kind: project, id: da-b, name: {vi: "DA B"}, status: planned, owner: bo, dependsOn: [da-a]}
${opts.elements ?? ''}`,
  });
}

const WAIVER = (rule: string, elements: string, expires = '2025-06-30') =>
  `  - rule: ${rule}\n    elements: [${elements}]\n    justification: {vi: "Sắp kết nối qua LGSP", en: "To be connected through the LGSP"}\n    approvedBy: "Thứ trưởng"\n    expires: ${expires}`;

const ISOLATED = (line: number, id: string, severity: string) =>
  `elements.yaml:${line}:36 ${severity} Information system "${id}" is not connected: nothing refers to it and it refers to nothing graph/isolated`;
const CYCLE = (severity: string) => `elements.yaml:5:91 ${severity} Dependency cycle between 2 elements: da-a → da-b → da-a graph/cycle`;

/** `arch check` run in the repository; the stylish lines of graph and check diagnostics, spaces collapsed. */
async function check(dir: string, ...args: string[]) {
  const r = await runCli(['check', '.', ...args], { cwd: dir });
  const lines = r.stderr
    .split('\n')
    .filter((l) => /\s(graph|check)\/[a-z-]+$/.test(l))
    .map((l) => l.replace(/ {2,}/g, ' '));
  return { code: r.code, lines };
}

describe('graph findings under the manifest (arch check)', () => {
  it('keep their own severities when the manifest does not set them (a project cycle is an error)', async () => {
    expect(await check(graphRepo())).toEqual({ code: 1, lines: [ISOLATED(3, 'ht-le', 'warning'), ISOLATED(4, 'ht-le-2', 'warning'), CYCLE('error')] });
  });

  it('are turned off or set to another severity by their code', async () => {
    const dir = graphRepo({ rules: '  graph/isolated: "off"\n  graph/cycle: warning' });
    expect(await check(dir)).toEqual({ code: 0, lines: [CYCLE('warning')] });
    expect(await check(dir, '--fail-on', 'warning')).toEqual({ code: 1, lines: [CYCLE('warning')] });
    const info = graphRepo({ rules: '  graph/isolated: {severity: error}\n  graph/cycle: {severity: info}' });
    expect(await check(info)).toEqual({ code: 1, lines: [ISOLATED(3, 'ht-le', 'error'), ISOLATED(4, 'ht-le-2', 'error'), CYCLE('info')] });
  });

  it('are waived for the elements they are about, with SARIF suppressions and the report marking them waived', async () => {
    const dir = graphRepo({ rules: '  graph/isolated: error\n  graph/cycle: warning', waivers: `${WAIVER('graph/isolated', 'ht-le, ht-le-2')}\n${WAIVER('graph/cycle', 'da-a')}` });
    expect(await check(dir)).toEqual({
      code: 0,
      lines: [ISOLATED(3, 'ht-le', 'waived'), ISOLATED(4, 'ht-le-2', 'waived'), CYCLE('waived')],
    });
    const sarif = JSON.parse((await runCli(['check', '.', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(sarifErrors(sarif)).toEqual([]);
    const graph = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId.startsWith('graph/'));
    expect(graph.map((x: { ruleId: string; level: string }) => `${x.ruleId} ${x.level}`)).toEqual(['graph/isolated error', 'graph/isolated error', 'graph/cycle warning']);
    for (const x of graph) expect(x.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Sắp kết nối qua LGSP / To be connected through the LGSP (Thứ trưởng, expires 2025-06-30)' }]);
    const report = JSON.parse((await runCli(['check', '.', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.summary.validation).toEqual({ error: 0, warning: 0, info: 0, waived: 3 });
    expect(report.validation.map((f: { element: string; waived?: { expires: string } }) => `${f.element} ${f.waived?.expires}`)).toEqual(['ht-le 2025-06-30', 'ht-le-2 2025-06-30', 'da-a 2025-06-30']);
  });

  it('a waiver names the element the finding sits in: for a cycle, the one its message starts with', async () => {
    const dir = graphRepo({ waivers: WAIVER('graph/cycle', 'da-b') });
    expect(await check(dir)).toEqual({
      code: 1,
      lines: [
        'arch.yaml:17:16 info The waiver of rule graph/cycle for "da-b" matches no finding check/waiver-unused',
        ISOLATED(3, 'ht-le', 'warning'),
        ISOLATED(4, 'ht-le-2', 'warning'),
        CYCLE('error'),
      ],
    });
  });

  it('an expired waiver suppresses nothing and is an error at its expiry date', async () => {
    const dir = graphRepo({ waivers: WAIVER('graph/isolated', 'ht-le, ht-le-2') });
    expect(await check(dir)).toEqual({ code: 1, lines: [ISOLATED(3, 'ht-le', 'waived'), ISOLATED(4, 'ht-le-2', 'waived'), CYCLE('error')] });
    expect(await check(dir, '--as-of', '2025-07-01', '--fail-on', 'warning')).toEqual({
      code: 1,
      lines: [
        'arch.yaml:20:14 error The waiver of rule graph/isolated expired on 2025-06-30 (checked on 2025-07-01) check/waiver-expired',
        ISOLATED(3, 'ht-le', 'warning'),
        ISOLATED(4, 'ht-le-2', 'warning'),
        CYCLE('error'),
      ],
    });
  });

  it('a waiver of a code that is off is not reported unused', async () => {
    const dir = graphRepo({ rules: '  graph/isolated: "off"\n  graph/cycle: "off"', waivers: WAIVER('graph/isolated', 'da-a') });
    expect(await check(dir)).toEqual({ code: 0, lines: [] });
  });

  it('a waiver is not reported unused when validation errors leave the graph partial', async () => {
    const broken = '  - {kind: information-system, id: ht-x, name: {vi: "HT X"}, status: current, owner: bo, securityLevel: 2, uses: [ht-khong-co]}\n';
    const dir = graphRepo({ waivers: WAIVER('graph/isolated', 'ht-le'), elements: broken });
    const r = await runCli(['check', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('model/unresolved-ref');
    expect(r.stderr).not.toContain('graph/isolated');
    expect(r.stderr).not.toContain('check/waiver-unused');
  });

  it('an unknown code is an error at its key or at the waiver rule, with a "did you mean"', async () => {
    const dir = graphRepo({ rules: '  graph/cycles: "off"', waivers: WAIVER('graph/isolate', 'ht-le') });
    expect(await check(dir)).toEqual({
      code: 1,
      lines: [
        'arch.yaml:5:3 error Rule "graph/cycles" does not exist — did you mean "graph/cycle"? check/unknown-rule',
        'arch.yaml:17:11 error Waiver names rule "graph/isolate", which does not exist — did you mean "graph/isolated"? check/waiver-unknown-rule',
        ISOLATED(3, 'ht-le', 'warning'),
        ISOLATED(4, 'ht-le-2', 'warning'),
        CYCLE('error'),
      ],
    });
  });

  it('graph codes have no options', async () => {
    const { lines } = await check(graphRepo({ rules: '  graph/cycle: {severity: warning, options: {maxLength: 3}}' }));
    expect(lines[0]).toBe('arch.yaml:5:46 error Rule graph/cycle has no option "maxLength" check/bad-rule-option');
  });

  it('arch validate does not read the settings: graph findings keep their default severities', async () => {
    const dir = graphRepo({ rules: '  graph/isolated: "off"\n  graph/cycle: warning', waivers: WAIVER('graph/cycle', 'da-a') });
    const r = await runCli(['validate', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => /graph\/[a-z-]+$/.test(l)).map((l) => l.replace(/ {2,}/g, ' '))).toEqual([ISOLATED(3, 'ht-le', 'warning'), ISOLATED(4, 'ht-le-2', 'warning'), CYCLE('error')]);
  });
});
