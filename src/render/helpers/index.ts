/**
 * The helper table for one output format. The engine registers exactly these helpers, and compiles with
 * `knownHelpersOnly`, so a template using anything else fails to compile.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import { inlineSvgText, jsonScriptText, safeUrl } from './html.js';
import { mdCell, mdCode, mdFence, mdLink, mdText } from './markdown.js';
import { and, any, eq, formatDate, inc, ne, not, or, translate, type Labels } from './shared.js';
import { toText } from './text.js';
import { ZOOM_SCRIPT, ZOOM_SCRIPT_CSP } from './zoom.js';

export type Format = 'html' | 'md';
type HelperFn = (...args: unknown[]) => unknown;

/** What a helper sees from the running template (the handlebars options object, reduced). */
export interface HelperContext {
  lang: Lang;
  labels: Labels;
}

export interface HelperDeps {
  /** Wraps vetted markup so the HTML environment does not escape it again. */
  trusted: (html: string) => unknown;
  /** The language and labels of the render in progress. */
  context: (options: unknown) => HelperContext;
}

/** Names of the built-in block helpers templates may use (`lookup` and `log` are not among them). */
export const BUILTIN_HELPERS = ['each', 'if', 'unless', 'with'] as const;

/** Drops the trailing handlebars options argument. */
const params = (args: unknown[]): { values: unknown[]; options: unknown } => ({ values: args.slice(0, -1), options: args[args.length - 1] });

export function helpersFor(format: Format, deps: HelperDeps): Record<string, HelperFn> {
  const escape = format === 'md' ? mdText : toText;
  const shared: Record<string, HelperFn> = {
    t: (...args) => {
      const { values, options } = params(args);
      const ctx = deps.context(options);
      return escape(translate(ctx.labels, values[0], values.slice(1)));
    },
    fmtDate: (...args) => {
      const { values, options } = params(args);
      return escape(formatDate(values[0], deps.context(options).lang));
    },
    eq: (...args) => eq(args[0], args[1]),
    ne: (...args) => ne(args[0], args[1]),
    and: (...args) => and(...params(args).values),
    or: (...args) => or(...params(args).values),
    not: (...args) => not(args[0]),
    inc: (...args) => inc(args[0]),
    any: (...args) => any(args[0]),
  };
  if (format === 'md') {
    return {
      ...shared,
      md: (...args) => mdText(args[0]),
      mdCell: (...args) => mdCell(args[0]),
      mdCode: (...args) => mdCode(args[0]),
      mdLink: (...args) => mdLink(args[0], args[1]),
      mdFence: (...args) => mdFence(args[0], args[1]),
    };
  }
  return {
    ...shared,
    safeUrl: (...args) => safeUrl(args[0]),
    jsonScript: (...args) => deps.trusted(jsonScriptText(args[0])),
    zoomScript: () => deps.trusted(`<script>${ZOOM_SCRIPT}</script>`),
    zoomCsp: () => deps.trusted(ZOOM_SCRIPT_CSP),
    inlineSvg: (...args) => {
      const svg = inlineSvgText(args[0]);
      return svg === null ? '' : deps.trusted(svg);
    },
  };
}
