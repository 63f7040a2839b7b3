/**
 * HTML helpers. Handlebars escapes `{{x}}` for element text and quoted attributes; these cover the
 * contexts where escaping is not enough: URLs (allow-list) and inline JSON in a script element.
 */
import { allowedUrl } from './url.js';

/** An allowed URL, or `#` for anything else (`javascript:`, `data:` …). The engine escapes the result. */
export function safeUrl(value: unknown): string {
  return allowedUrl(value) ?? '#';
}

/** JSON that is safe inside `<script type="application/json">` (no `</script>`, `<!--`, line separators). */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value ?? null)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
