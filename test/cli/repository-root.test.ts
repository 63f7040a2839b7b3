/** Which repository a command works on: the folder given, or the nearest parent holding arch.yaml, as git finds its own. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, runCli, tempRepo } from '../helpers/cli.js';

const SYSTEM = 'elements:\n  - {kind: org-unit, id: bo, name: {vi: "Bộ"}, status: current}\n  - {kind: information-system, id: ht, name: {vi: "HT"}, status: current, owner: bo, securityLevel: 9}\n';

describe('the repository of a folder', () => {
  it('arch validate in a subfolder finds the manifest above it, and names files from where it runs', async () => {
    const repo = tempRepo({ 'arch.yaml': MANIFEST, 'ung-dung/he-thong.yaml': SYSTEM });
    const sub = path.join(repo, 'ung-dung');
    const r = await runCli(['validate'], { cwd: sub });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^he-thong\.yaml:3:\d+ +error /m);
    // The same repository, named explicitly, gives the same findings.
    const top = await runCli(['validate', '--format', 'json'], { cwd: repo });
    const here = await runCli(['validate', '--format', 'json'], { cwd: sub });
    const [h, t] = [JSON.parse(here.stdout).diagnostics, JSON.parse(top.stdout).diagnostics] as { file: string }[][];
    expect(h!.map((d) => d.file)).toEqual(['he-thong.yaml']);
    expect(t!.map((d) => d.file)).toEqual(['ung-dung/he-thong.yaml']);
    expect(h!.map(({ file: _, ...d }) => d)).toEqual(t!.map(({ file: _, ...d }) => d));
  });

  it('a folder that is not an architecture repository is exit 2, says so and points to arch init', async () => {
    const dir = tempRepo({});
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'docs'));
    const r = await runCli(['validate', 'docs'], { cwd: dir });
    expect(r.code).toBe(2);
    const docs = path.join(dir, 'docs');
    expect(r.stderr).toBe(`arch: ${docs} is not an architecture repository: no arch.yaml manifest here or in any parent folder. Run \`arch init ${docs} --ministry <code>\` to scaffold a repository, or point at the folder that holds arch.yaml.\n`);
  });

  it('stops at the top of a git work tree: an arch.yaml above it is another project', async () => {
    const outer = tempRepo({ 'arch.yaml': MANIFEST });
    fs.mkdirSync(path.join(outer, 'project', '.git'), { recursive: true });
    const r = await runCli(['validate', 'project'], { cwd: outer });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('project is not an architecture repository');
  });
});
