import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearTemplateCache, render } from '../../src/render/engine.js';
import { InputError } from '../../src/util/errors.js';

function overrideDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-tpl-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

afterEach(() => clearTemplateCache());

describe('render engine', () => {
  it('renders built-in partials with UI labels in both languages', () => {
    expect(render('partials/marker', {}, { format: 'md', lang: 'vi' })).toBe('_Chưa có thông tin_\n');
    expect(render('partials/marker', {}, { format: 'html', lang: 'en' })).toBe('<em class="todo">To be completed</em>\n');
  });

  it('lets --templates override a partial by relative path, and refuses unknown files and symlinks', () => {
    const dir = overrideDir({ 'partials/marker.md.hbs': '**{{t "toBeCompleted"}}**\n' });
    expect(render('partials/marker', {}, { format: 'md', lang: 'en', templatesDir: dir })).toBe('**To be completed**\n');
    const typo = overrideDir({ 'outline-v9/document.md.hbs': 'x' });
    expect(() => render('partials/marker', {}, { format: 'md', lang: 'en', templatesDir: typo })).toThrow(/does not replace any arch template/);
    const linked = overrideDir({});
    fs.mkdirSync(path.join(linked, 'partials'));
    fs.symlinkSync('/etc/passwd', path.join(linked, 'partials/marker.md.hbs'));
    expect(() => render('partials/marker', {}, { format: 'md', lang: 'en', templatesDir: linked })).toThrow(InputError);
  });

  it('refuses unknown helpers, triple-stash is irrelevant to md but helpers are enforced at compile time', () => {
    const dir = overrideDir({ 'partials/marker.md.hbs': '{{lookup this "constructor"}}\n' });
    expect(() => render('partials/marker', {}, { format: 'md', lang: 'en', templatesDir: dir })).toThrow(/unknown helper lookup/);
    const dir2 = overrideDir({ 'partials/marker.html.hbs': '{{evil x}}\n' });
    expect(() => render('partials/marker', { x: 1 }, { format: 'html', lang: 'en', templatesDir: dir2 })).toThrow(/unknown helper evil/);
  });

  it('runs in strict mode and never reaches the prototype', () => {
    const dir = overrideDir({ 'partials/marker.html.hbs': '{{missing}}\n', 'partials/proto.html.hbs': '[{{#with this}}{{constructor.name}}{{/with}}]\n' });
    expect(() => render('partials/marker', {}, { format: 'html', lang: 'en', templatesDir: dir })).toThrow(/not defined|failed while rendering/);
    expect(() => render('partials/proto', {}, { format: 'html', lang: 'en', templatesDir: dir })).toThrow();
  });

  it('escapes HTML by default and filters URLs', () => {
    const dir = overrideDir({ 'partials/marker.html.hbs': '<a href="{{safeUrl u}}">{{x}}</a>\n' });
    const out = render('partials/marker', { u: 'javascript:alert(1)', x: '<img src=x onerror=alert(1)>' }, { format: 'html', lang: 'en', templatesDir: dir });
    expect(out).toBe('<a href="#">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</a>\n');
  });
});
