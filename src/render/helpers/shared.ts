/**
 * Helpers available in every format: UI labels (`t`), dates, small comparisons and arithmetic.
 * Their output is passed through the format's text escaper by the engine where it may carry user text.
 */

export type Labels = Readonly<Record<string, string>>;

/** `t "key"` → the UI label in the document's language; `{0}`, `{1}` … are filled from further arguments. */
export function translate(labels: Labels, key: unknown, args: readonly unknown[]): string {
  if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(labels, key)) {
    throw new TypeError(`unknown UI label ${JSON.stringify(key)} (add it to templates/i18n/vi.json and en.json)`);
  }
  const text = labels[key] as string;
  return text.replace(/\{(\d)\}/g, (_, i: string) => {
    const v = args[Number(i)];
    return v === null || v === undefined ? '' : String(v);
  });
}

export { formatDate } from '../../diagnostics/format-date.js';

/** Structural equality for scalars (templates compare ids, enum values and numbers). */
export const eq = (a: unknown, b: unknown): boolean => a === b;
export const ne = (a: unknown, b: unknown): boolean => a !== b;
export const and = (...xs: unknown[]): boolean => xs.every(Boolean);
export const or = (...xs: unknown[]): boolean => xs.some(Boolean);
export const not = (x: unknown): boolean => !x;
export const inc = (x: unknown): number => Number(x) + 1;
/** True when an array (or string) has at least one element. */
export const any = (x: unknown): boolean => (Array.isArray(x) || typeof x === 'string' ? x.length > 0 : Boolean(x));
