/**
 * Start-up cost: what the CLI loads before it does any work. `--version` and `--help` load the bundled entry
 * (scripts/bundle-cli.mjs) and the two modules it shares with the commands, nothing else of ours and no
 * package; validating a repository whose files the fast parsers read does not load the `yaml` package; the
 * Word, spreadsheet, Graphviz and raster libraries are loaded by the outputs that need them, not by the others.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const PROBE = path.join(ROOT, 'test/helpers/module-probe.mjs');

/** The files (relative to the package root) and packages the CLI loads for these arguments. */
function loaded(args: string[]): { files: string[]; packages: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-probe-'));
  const list = path.join(dir, 'modules.txt');
  let lines: string[];
  try {
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(PROBE).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en', ARCH_MODULE_PROBE: list } });
    expect(r.status, r.stderr).toBe(0);
    lines = fs.readFileSync(list, 'utf8').split('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const root = `${pathToFileURL(ROOT).href}/`;
  const urls = [...new Set(lines.filter((l) => l.startsWith('module file:')).map((l) => l.slice('module '.length)))];
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
    expect(files).toContain('dist/bundle/validate-run.js');
    expect(packages).toContain('js-yaml');
    expect(packages).not.toContain('yaml');
    expect(packages).not.toContain('graphology');
    // The command comes bundled (scripts/bundle-cli.mjs): its entry, the chunk the commands share, and the modules
    // whose one instance it shares with the CLI's entry.
    expect(files.filter((f) => f.startsWith('dist/') && !f.endsWith('.cjs'))).toEqual(['dist/bundle/shared.js', 'dist/bundle/validate-run.js', 'dist/cli/main.js', 'dist/cli/signals.js', 'dist/util/errors.js', 'dist/util/pending-writes.js']);
  });

  const HEAVY = ['@hpcc-js/wasm-graphviz', '@resvg/resvg-js', 'docx', 'exceljs'];
  const heavy = (args: string[]) => loaded(args).packages.filter((p) => HEAVY.includes(p));

  it('the Markdown outline and report load no drawing, Word or spreadsheet library; the Word outline loads what it needs', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-startup-'));
    try {
      expect(heavy(['outline', 'examples/bo-y-te', '--format', 'md', '-o', path.join(out, 'o.md')])).toEqual([]);
      expect(heavy(['portfolio', 'examples/portfolio', '--format', 'md', '-o', path.join(out, 'p.md')])).toEqual([]);
      expect(heavy(['outline', 'examples/bo-y-te', '--format', 'html', '-o', path.join(out, 'o.html')])).toEqual(['@hpcc-js/wasm-graphviz']);
      expect(heavy(['outline', 'examples/bo-y-te', '--format', 'docx', '-o', path.join(out, 'o.docx')])).toEqual(['@hpcc-js/wasm-graphviz', '@resvg/resvg-js', 'docx']);
      expect(heavy(['portfolio', 'examples/portfolio', '--format', 'xlsx', '-o', path.join(out, 'p.xlsx')])).toEqual(['exceljs']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
