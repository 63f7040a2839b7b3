/**
 * The "no regression" yardstick of issue #13: `arch validate` of an earlier commit, built beside this one and run in
 * turn with it on the same inputs, so that the machine's drift (which moves a run by 10 % from one hour to the next
 * here) weighs on both alike. The commit's tree is written with `git archive` (no worktree is registered) under
 * bench-results/ and built with this checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The last commit before the work of issue #13 (filed with `arch validate` measured at that code). */
export const BASELINE_REV = 'fc5d428';

/** Path of the baseline's bin/arch.js, built; undefined (with the reason logged) when it cannot be had. */
export function prepareBaseline(root, rev, log) {
  const dir = path.join(root, 'bench-results', `baseline-${rev}`);
  const bin = path.join(dir, 'bin/arch.js');
  if (fs.existsSync(path.join(dir, 'dist/cli/main.js'))) return bin;
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', rev], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    log(`bench: building the baseline ${rev}…\n`);
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    return bin;
  } catch (e) {
    log(`bench: no baseline ${rev} (${e.message.split('\n')[0]}); the regression row is left out\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}
