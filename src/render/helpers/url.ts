/** URL allow-list shared by the HTML and Markdown helpers: http(s), in-page fragments and relative paths. */
import { toText } from './text.js';

/** The URL if it is allowed, otherwise null. Schemes other than http/https (javascript:, data:, file:, vbscript: …) are refused. */
export function allowedUrl(value: unknown): string | null {
  const raw = toText(value).trim();
  if (raw === '' || /[\s\u0000-\u001F]/.test(raw)) return null;
  if (raw.startsWith('#')) return raw;
  // Protocol-relative URLs (//host) and backslash tricks (\\host, /\host) leave the document's origin.
  if (raw.startsWith('//') || raw.includes('\\')) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw);
  if (scheme) return /^https?$/i.test(scheme[1] ?? '') ? raw : null;
  // Relative path: a colon before the first slash would be read as a scheme by browsers.
  const firstSlash = raw.indexOf('/');
  const colon = raw.indexOf(':');
  if (colon !== -1 && (firstSlash === -1 || colon < firstSlash)) return null;
  return raw;
}
