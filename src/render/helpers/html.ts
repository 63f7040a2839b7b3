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

/**
 * An SVG diagram for inline use in our HTML documents. The SVG comes from Graphviz with labels escaped by
 * it; as defence in depth the XML prolog, doctype and comments are dropped, and anything scriptable
 * (script, foreignObject, event handlers, javascript: or external links) rejects the whole image.
 */
export function inlineSvgText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const start = value.indexOf('<svg');
  if (start < 0) return null;
  const svg = value.slice(start).replace(/<!--[\s\S]*?-->/g, '').trim();
  if (/<!\[CDATA\[|<!DOCTYPE|<!ENTITY/i.test(svg)) return null;
  // Text nodes cannot hold a raw `<`, so every `<…>` is a tag: check tag names and attributes only
  // (element names may legitimately contain "javascript:" or "onerror=" as text).
  for (const m of svg.matchAll(/<[^>]*>/g)) {
    const tag = m[0];
    if (/^<\/?\s*(script|foreignObject|iframe|embed|object|animate|set|handler|use)\b/i.test(tag)) return null;
    if (/\son[a-z]+\s*=/i.test(tag)) return null;
    if (/\s(?:xlink:)?href\s*=\s*["']?\s*(?!#)/i.test(tag)) return null;
    if (/\sstyle\s*=\s*["'][^"']*(url\(|expression)/i.test(tag)) return null;
  }
  return svg;
}
