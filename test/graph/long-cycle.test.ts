import { describe, expect, it } from 'vitest';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

describe('a long dependency cycle', () => {
  it('is spelled out by its start and end, with every edge as a related location', async () => {
    const n = 30;
    const systems = Array.from({ length: n }, (_, i) => `  - kind: information-system
    id: ht-${String(i).padStart(2, '0')}
    name: {vi: "Hệ thống ${i}"}
    owner: cuc
    status: current
    securityLevel: 2
    dependsOn: [ht-${String((i + 1) % n).padStart(2, '0')}]
`).join('');
    const dir = tempRepo({ 'arch.yaml': MANIFEST, 'a.yaml': `elements:\n  - {kind: org-unit, id: cuc, name: {vi: "Cục"}, status: current}\n${systems}` });
    const r = await runCli(['validate', dir, '--format', 'json']);
    const cycle = JSON.parse(r.stdout).diagnostics.find((d: { code: string }) => d.code === 'graph/cycle');
    const chain = Array.from({ length: 12 }, (_, i) => `ht-${String(i).padStart(2, '0')}`).join(' → ');
    const tail = Array.from({ length: 12 }, (_, i) => `ht-${String(i + 18).padStart(2, '0')}`).join(' → ');
    expect(cycle.message).toContain(`${chain} → … (+6) … → ${tail} → ht-00`);
    expect(cycle.related).toHaveLength(30);
  });
});
