/**
 * The built-in templates precompiled at build time (scripts/build-templates.mjs writes
 * dist/render/templates.generated.cjs), so that a run neither loads handlebars' compiler nor compiles
 * the ~26 templates (about 0.1 s of every `check`, `outline` and `build`). Each entry carries a stamp of
 * the text and compile options it was made from; the engine uses an entry only when the stamp matches the
 * template it would compile, so an edited template or a stale build is compiled at run time as before.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../util/paths.js';

export const PRECOMPILED_FILE = 'templates.generated.cjs';

/** Template path (`report/document.md.hbs`) → its stamp and precompiled specification. */
export type PrecompiledSet = Record<string, { stamp: string; spec: object }>;
export type Precompiled = Partial<Record<string, PrecompiledSet>>;

/** A stamp of a template's text and the options it is compiled with (FNV-1a, 2 × 32 bits: not a security hash). */
export function templateStamp(source: string, options: object): string {
  const text = `${JSON.stringify(options)}\u0000${source}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

let loaded: Precompiled | null | undefined;

/**
 * The build's precompiled templates, or null when there are none (running from src/, or not built): the file of
 * dist/render/, beside this module or, in a bundled command (dist/bundle/, scripts/bundle-cli.mjs), not.
 */
export function precompiledTemplates(): Precompiled | null {
  if (loaded !== undefined) return loaded;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = here.startsWith(packagePath('dist')) ? packagePath('dist', 'render', PRECOMPILED_FILE) : path.join(here, PRECOMPILED_FILE);
  try {
    loaded = createRequire(import.meta.url)(file) as Precompiled;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
    loaded = null;
  }
  return loaded;
}
