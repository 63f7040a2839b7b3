/**
 * The built-in templates run precompiled (dist/render/templates.generated.cjs); a template overridden with
 * --templates is compiled at run time. Both paths must print the same documents, and the shipped build
 * must hold a current entry for every template (else every run would silently fall back to compiling).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dist = (rel: string) => import(pathToFileURL(path.join(ROOT, 'dist', rel)).href);

describe('precompiled templates', () => {
  it('the build holds an entry, with the stamp of the current text, for every built-in template', async () => {
    const { precompiledTemplates } = await dist('render/precompiled.js');
    const { precompileBuiltins } = await dist('render/engine.js');
    const shipped = precompiledTemplates();
    for (const format of ['md', 'html']) {
      const current = precompileBuiltins(format) as Map<string, { stamp: string }>;
      expect(current.size).toBeGreaterThan(8);
      expect(Object.keys(shipped[format]).sort()).toEqual([...current.keys()].sort());
      for (const [rel, { stamp }] of current) expect(shipped[format][rel].stamp, rel).toBe(stamp);
    }
  });

  it.each([
    ['md', 'outline-v2plus/document.md.hbs'],
    ['html', 'outline-common/partials/table.html.hbs'],
  ])('arch outline --format %s prints the same whether precompiled or compiled at run time (%s overridden by itself)', async (format, rel) => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'tpl-'));
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'templates', rel), path.join(dir, rel));
    const args = ['outline', 'examples/bo-y-te', '--format', format, '--lang', 'vi'];
    const pre = await runCli(args);
    const compiled = await runCli([...args, '--templates', dir]);
    expect(pre.stdout.length).toBeGreaterThan(2000);
    expect(compiled.code).toBe(pre.code);
    expect(compiled.stdout).toBe(pre.stdout);
  });
});
