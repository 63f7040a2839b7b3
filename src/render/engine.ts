/**
 * The template engine: the only module that imports handlebars (ROBUSTNESS.md §3).
 * - One isolated `Handlebars.create()` environment per output format and template folder: HTML with the
 *   default escaping, Markdown with `noEscape` (every interpolation goes through an explicit md helper,
 *   enforced by the template lint test).
 * - Compiled with `strict`, `knownHelpersOnly` and the exact helper table; no prototype-access options.
 * - Templates and partials come only from the package's `templates/` folder, unless the caller passes
 *   `templatesDir` (the user's explicit `--templates <dir>`), which overrides files one by one.
 * - Everything is compiled once per environment and cached. The built-in templates come precompiled from
 *   the build (precompiled.ts); handlebars' compiler is loaded only for a template without a matching
 *   precompiled entry (an override, or a template edited since the build).
 *
 * Template ids are paths below `templates/` without the `.<format>.hbs` suffix (`outline-v2plus/document`).
 * Partials are the files in a `partials/` folder: `templates/partials/table.md.hbs` is `{{> table}}`,
 * `templates/report/partials/row.md.hbs` is `{{> report/row}}`.
 */
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import type { Lang } from '../diagnostics/diagnostic.js';
import { InputError } from '../util/errors.js';
import { BUILTIN_HELPERS, helpersFor, type Format, type HelperContext } from './helpers/index.js';
import type { Labels } from './helpers/shared.js';
import { precompiledTemplates, templateStamp } from './precompiled.js';
import { listTemplateFiles, readTemplate, type TemplateFile } from './template-store.js';

export type { Format } from './helpers/index.js';

export interface RenderOptions {
  format: Format;
  lang: Lang;
  /** The user's explicit `--templates <dir>` (absolute path); never a folder taken from the input repository. */
  templatesDir?: string;
}

type Template = (context: unknown, options: { data: Record<string, unknown> }) => string;

type Runtime = typeof Handlebars;

interface Environment {
  files: Map<string, TemplateFile>;
  hb: Runtime;
  /** The precompiled specification of each template file of the environment's format, when all have one. */
  specs: Map<string, object> | null;
  compileOptions: CompileOptions;
  templates: Map<string, Template>;
  labels: Record<Lang, Labels>;
}

const ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const environments = new Map<string, Environment>();

function compileOptionsFor(format: Format, helperNames: readonly string[]): CompileOptions {
  const knownHelpers: Record<string, boolean> = { lookup: false, log: false, helperMissing: false, blockHelperMissing: false };
  for (const name of [...BUILTIN_HELPERS, ...helperNames]) knownHelpers[name] = true;
  return { strict: true, knownHelpersOnly: true, knownHelpers: knownHelpers as KnownHelpers, compat: false, preventIndent: true, noEscape: format === 'md' };
}

/** Constructs no template may use, built-in or overridden: raw output and dynamic partials. */
const FORBIDDEN = /\{\{~?\{|\{\{~?\s*&|\{\{~?\s*>\s*\(/;

const requireHere = createRequire(import.meta.url);
/** handlebars' runtime: enough to run precompiled templates. */
const runtime = (): Runtime => requireHere('handlebars/runtime') as Runtime;
/** handlebars with its compiler, loaded only when a template must be compiled here. */
const compiler = (): Runtime => requireHere('handlebars') as Runtime;

/** A template's text, refused when it uses a forbidden construct. */
function checkedSource(file: TemplateFile): string {
  const source = readTemplate(file);
  if (FORBIDDEN.test(source)) {
    throw new InputError({
      vi: `Mẫu ${shownPath(file)} dùng {{{…}}}, {{&…}} hoặc partial động; hãy dùng các helper thoát ký tự (md, mdCell, safeUrl …)`,
      en: `Template ${shownPath(file)} uses {{{…}}}, {{&…}} or a dynamic partial; print through the escaping helpers (md, mdCell, safeUrl …) instead`,
    });
  }
  return source;
}

const shownPath = (file: TemplateFile): string => (file.override ? file.abs : `templates/${file.rel}`);

/** Precompiles `source` (surfacing syntax errors and unknown helpers now, not halfway through a render). */
function precompile(hb: Runtime, file: TemplateFile, source: string, options: CompileOptions): string {
  try {
    return hb.precompile(source, { ...options }) as unknown as string; // a copy: handlebars adds to its options
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0] ?? String(e);
    throw new InputError({ vi: `Mẫu ${shownPath(file)} không hợp lệ: ${msg}`, en: `Template ${shownPath(file)} is invalid: ${msg}` });
  }
}

function compileFile(env: Environment, file: TemplateFile): Template {
  const spec = env.specs?.get(file.rel);
  if (spec) return env.hb.template(spec as TemplateSpecification) as unknown as Template;
  const source = checkedSource(file);
  precompile(env.hb, file, source, env.compileOptions);
  return env.hb.compile(source, { ...env.compileOptions }) as unknown as Template;
}

function loadLabels(files: Map<string, TemplateFile>, lang: Lang): Labels {
  const file = files.get(`i18n/${lang}.json`);
  if (!file) throw new Error(`templates/i18n/${lang}.json is missing`);
  let data: unknown;
  try {
    data = JSON.parse(readTemplate(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({ vi: `${file.abs}: JSON không hợp lệ`, en: `${file.abs}: invalid JSON (${(e as Error).message})` });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !Object.values(data).every((v) => typeof v === 'string')) {
    throw new InputError({ vi: `${file.abs}: phải là đối tượng khóa → chuỗi`, en: `${file.abs}: must be an object of key → string` });
  }
  return Object.assign(Object.create(null) as Record<string, string>, data);
}

function environment(format: Format, templatesDir: string | undefined): Environment {
  const key = `${format}\u0000${templatesDir ?? ''}`;
  const cached = environments.get(key);
  if (cached) return cached;
  const files = listTemplateFiles(templatesDir);
  const helpers = helpersFor(format, {
    trusted: (html) => new hb.SafeString(html),
    context: (options): HelperContext => {
      const data = (options as { data?: { lang?: Lang; labels?: Labels } } | undefined)?.data;
      if (!data?.labels || !data.lang) throw new Error('helper called outside render()');
      return { lang: data.lang, labels: data.labels };
    },
  });
  const compileOptions = compileOptionsFor(format, Object.keys(helpers));
  const specs = precompiledSpecs(files, format, compileOptions);
  const hb = (specs ? runtime() : compiler()).create();
  const env: Environment = {
    files,
    hb,
    specs,
    compileOptions,
    templates: new Map(),
    labels: { vi: loadLabels(files, 'vi'), en: loadLabels(files, 'en') },
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const suffix = `.${format}.hbs`;
  for (const file of files.values()) {
    const m = /^(?:(.*)\/)?partials\/([a-z0-9][a-z0-9-]*)$/.exec(file.rel.endsWith(suffix) ? file.rel.slice(0, -suffix.length) : '');
    if (!m) continue;
    const name = m[1] ? `${m[1]}/${m[2]}` : (m[2] as string);
    hb.registerPartial(name, compileFile(env, file) as unknown as Handlebars.Template);
  }
  environments.set(key, env);
  return env;
}

/**
 * The precompiled specification of every `.<format>.hbs` file in `files`, or null when one has none whose
 * stamp matches its text and options (an override, an edited template, no build): then everything is
 * compiled here, by one environment with the compiler.
 */
function precompiledSpecs(files: Map<string, TemplateFile>, format: Format, options: CompileOptions): Map<string, object> | null {
  const set = precompiledTemplates()?.[format];
  if (!set) return null;
  const specs = new Map<string, object>();
  for (const file of files.values()) {
    if (!file.rel.endsWith(`.${format}.hbs`)) continue;
    const entry = file.override ? undefined : set[file.rel];
    if (!entry || entry.stamp !== templateStamp(readTemplate(file), options)) return null;
    specs.set(file.rel, entry.spec);
  }
  return specs;
}

/**
 * The built-in templates of `format` precompiled (build time, scripts/build-templates.mjs): template path →
 * stamp and the JavaScript source of its specification. Throws on a template that does not compile.
 */
export function precompileBuiltins(format: Format): Map<string, { stamp: string; code: string }> {
  const env = environment(format, undefined);
  const out = new Map<string, { stamp: string; code: string }>();
  for (const file of env.files.values()) {
    if (!file.rel.endsWith(`.${format}.hbs`)) continue;
    const source = checkedSource(file);
    out.set(file.rel, { stamp: templateStamp(source, env.compileOptions), code: precompile(compiler(), file, source, env.compileOptions) });
  }
  return out;
}

/** True when the template `templateId` exists for `format` (built-in or overridden). */
export function hasTemplate(templateId: string, format: Format, templatesDir?: string): boolean {
  return ID.test(templateId) && environment(format, templatesDir).files.has(`${templateId}.${format}.hbs`);
}

/** The UI label `key` in `lang` (for code that builds file names or index entries outside templates). */
export function label(key: string, lang: Lang, templatesDir?: string): string {
  const labels = environment('html', templatesDir).labels[lang];
  if (!Object.prototype.hasOwnProperty.call(labels, key)) throw new TypeError(`unknown UI label ${key}`);
  return labels[key] as string;
}

/** The UI label `key` in `lang`, or undefined when the label files do not define it (enum values). */
export function labelOrUndefined(key: string, lang: Lang, templatesDir?: string): string | undefined {
  const labels = environment('html', templatesDir).labels[lang];
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
}

/** A data file shipped with the templates (`outline-v2plus/chapters.json`), parsed; overridable like templates. */
export function templateData(rel: string, templatesDir?: string): unknown {
  const file = environment('html', templatesDir).files.get(rel);
  if (!file) throw new Error(`templates/${rel} is missing`);
  try {
    return JSON.parse(readTemplate(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({ vi: `${file.abs}: JSON không hợp lệ`, en: `${file.abs}: invalid JSON (${(e as Error).message})` });
  }
}

/**
 * Renders `templateId` with a plain-data view model (own properties only: no class instances, Maps,
 * Sets or Dates; optional fields present as null, because templates run in strict mode).
 */
export function render(templateId: string, viewModel: object, options: RenderOptions): string {
  if (!ID.test(templateId)) throw new Error(`bad template id ${JSON.stringify(templateId)}`);
  const env = environment(options.format, options.templatesDir);
  let template = env.templates.get(templateId);
  if (!template) {
    const file = env.files.get(`${templateId}.${options.format}.hbs`);
    if (!file) throw new Error(`no template ${templateId}.${options.format}.hbs`);
    template = compileFile(env, file);
    env.templates.set(templateId, template);
  }
  let out: string;
  try {
    out = template(viewModel, { data: { lang: options.lang, labels: env.labels[options.lang] } });
  } catch (e) {
    // A user's override template that reads a field the view model lacks is the user's error, not ours.
    if (options.templatesDir === undefined || e instanceof InputError) throw e;
    const msg = (e as Error).message.split('\n')[0] ?? String(e);
    throw new InputError({ vi: `Mẫu ${templateId} (--templates) lỗi khi sinh: ${msg}`, en: `Template ${templateId} (--templates) failed while rendering: ${msg}` });
  }
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** Forgets compiled templates (tests that write override folders use it). */
export function clearTemplateCache(): void {
  environments.clear();
}
