import { describe, expect, it } from 'vitest';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

/** 250 dangling references in one file. */
function manyMistakes(): string {
  const refs = Array.from({ length: 250 }, (_, i) => `khong-co-${i}`).join(', ');
  return tempRepo({
    'arch.yaml': MANIFEST,
    'a.yaml': `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục CNTT"}
    status: current
  - kind: information-system
    id: he-thong
    name: {vi: "Hệ thống"}
    owner: cuc-cntt
    status: current
    dependsOn: [${refs}]
`,
  });
}

describe('many findings in one file', () => {
  it('the human format shows the first 200 per file and says how many more there are', async () => {
    const r = await runCli(['validate', manyMistakes()]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.includes('model/unresolved-ref'))).toHaveLength(200);
    expect(r.stderr).toContain('50 more findings in this file are not shown  output/truncated');
    expect(lines.at(-2)).toBe('✖ 250 problems (250 errors, 0 warnings, 0 info)');
  });

  it('machine formats keep every finding', async () => {
    const r = await runCli(['validate', manyMistakes(), '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toHaveLength(250);
    expect(out.summary.error).toBe(250);
  });
});
