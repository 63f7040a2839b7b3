/**
 * Start-up cost: what the CLI loads before it does any work. `--version` and `--help` load the bundled entry
 * (scripts/bundle-cli.mjs) and the two modules it shares with the commands, nothing else of ours and no
 * package; validating a repository whose files the fast parsers read does not load the `yaml` package.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const PROBE = path.join(ROOT, 'test/helpers/module-probe.mjs');

/** The files (relative to the package root) and packages the CLI loads for these arguments. */
function loaded(args: string[]): { files: string[]; packages: string[] } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(PROBE).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' } });
  expect(r.status).toBe(0);
  const root = `${pathToFileURL(ROOT).href}/`;
  const urls = [...new Set(r.stderr.split('\n').filter((l) => l.startsWith('module file:')).map((l) => l.slice('module '.length)))];
  const packages = new Set<string>();
  const files: string[] = [];
  for (const url of urls) {
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (pkg) packages.add(pkg[1]!);
    else if (url.startsWith(root) && url !== pathToFileURL(PROBE).href) files.push(url.slice(root.length));
  }
  return { files: files.sort(), packages: [...packages].sort() };
}

describe('start-up', () => {
  it.each([['--version'], ['--help']])('arch %s loads the bundled entry and nothing else', (arg) => {
    expect(loaded([arg])).toEqual({ files: ['bin/arch.js', 'dist/cli/main.js', 'dist/cli/signals.js', 'dist/util/errors.js', 'dist/util/pending-writes.js'], packages: [] });
  });

  it('arch validate on a valid repository does not load the yaml package', () => {
    const { files, packages } = loaded(['validate', 'examples/bo-tttt-2015']);
    expect(files).toContain('dist/cli/commands/validate-run.js');
    expect(packages).toContain('js-yaml');
    expect(packages).not.toContain('yaml');
  });
});
