/**
 * Text clean-up shared by every output format: strips control and bidirectional-override characters
 * (Trojan-source style reordering) and turns any value a template may print into a string.
 */

// C0 controls except TAB/LF/CR, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, BOM.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A printable string for a template value: null/undefined/false → '', numbers and strings as text. */
export function toText(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return value.replace(UNSAFE_CHARS, '');
  if (typeof value === 'number' || typeof value === 'bigint' || value === true) return String(value);
  // Objects and arrays are a view-model bug: fail loudly so tests catch the drift.
  throw new TypeError(`template printed a non-scalar value (${Object.prototype.toString.call(value)})`);
}

/** Normalises line endings to LF. */
export const normaliseNewlines = (s: string): string => s.replace(/\r\n?/g, '\n');
