import { describe, expect, it } from 'vitest';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

/** ht-00 → ht-01 → … → ht-39 (dependsOn). */
function chain(n: number): string {
  const id = (i: number) => `ht-${String(i).padStart(2, '0')}`;
  const systems = Array.from({ length: n }, (_, i) => `  - {kind: information-system, id: ${id(i)}, name: {vi: "Hệ thống ${i}"}, owner: cuc, status: current, securityLevel: 2${i + 1 < n ? `, dependsOn: [${id(i + 1)}]` : ''}}\n`).join('');
  return tempRepo({ 'arch.yaml': MANIFEST, 'a.yaml': `elements:\n  - {kind: org-unit, id: cuc, name: {vi: "Cục"}, status: current}\n${systems}` });
}

describe('arch impact on a long chain', () => {
  it('shows long paths by their first and last hops in text, upwards too', async () => {
    const r = await runCli(['impact', 'ht-00', chain(40), '--direction', 'down']);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith('ht-00') && l.includes('ht-39'))!;
    expect(line.trim()).toBe(
      `ht-00 ${Array.from({ length: 11 }, (_, i) => `—dependsOn→ ht-${String(i + 1).padStart(2, '0')}`).join(' ')} … (+16) … ${Array.from({ length: 12 }, (_, i) => `—dependsOn→ ht-${i + 28}`).join(' ')}`,
    );
    const up = await runCli(['impact', 'ht-39', chain(40), '--direction', 'up']);
    const upLine = up.stdout.split('\n').find((l) => l.trimStart().startsWith('ht-00') && l.includes('ht-39'))!;
    expect(upLine.trim()).toBe(
      `ht-00 ${Array.from({ length: 11 }, (_, i) => `—dependsOn→ ht-${String(i + 1).padStart(2, '0')}`).join(' ')} … (+16) … —…→ ht-28 ${Array.from({ length: 11 }, (_, i) => `—dependsOn→ ht-${i + 29}`).join(' ')}`,
    );
  });

  it('links every element to the previous one on its path in JSON, so full paths can be rebuilt', async () => {
    const r = await runCli(['impact', 'ht-00', chain(40), '--direction', 'down', '--format', 'json']);
    const entries = JSON.parse(r.stdout).entries as { id: string; previous: string; path: string[]; pathShortened?: boolean }[];
    expect(entries).toHaveLength(39);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const rebuilt: string[] = [];
    for (let id: string | undefined = 'ht-39'; id; id = byId.get(id)?.previous) rebuilt.unshift(id);
    expect(rebuilt).toEqual(Array.from({ length: 40 }, (_, i) => `ht-${String(i).padStart(2, '0')}`));
    expect(byId.get('ht-39')).toMatchObject({ pathShortened: true, path: [...rebuilt.slice(0, 12), '…', ...rebuilt.slice(-12)] });
    expect(byId.get('ht-05')!.path).toEqual(rebuilt.slice(0, 6));
    expect(byId.get('ht-05')!.pathShortened).toBeUndefined();
  });
});
