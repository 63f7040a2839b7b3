import type { Diagnostic } from './diagnostic.js';

/** Fingerprints already made: a finding passes through several normalisations on its way to a report. */
const fingerprints = new WeakMap<Diagnostic, string>();

function fingerprint(d: Diagnostic): string {
  let f = fingerprints.get(d);
  if (f === undefined) {
    const loc = d.location;
    const r = loc?.range?.start;
    f = `${d.code}\u0000${loc?.file ?? ''}\u0000${r?.line ?? 0}\u0000${r?.column ?? 0}\u0000${(loc?.path ?? []).join('/')}\u0000${d.message.en}`;
    fingerprints.set(d, f);
  }
  return f;
}

function compare(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const ra = a.location?.range?.start;
  const rb = b.location?.range?.start;
  const la = ra?.line ?? 0;
  const lb = rb?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = ra?.column ?? 0;
  const cb = rb?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0;
}

/** Deduplicate by fingerprint and sort by file, line, column, code, message: byte-stable output. */
export function normalizeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = fingerprint(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(compare);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) if (!d.suppression) counts[d.severity]++;
  return counts;
}

/**
 * Keeps the first `max` findings of each file (the list is sorted) and says how many more there are, so a
 * repository with thousands of broken references stays readable; machine formats get everything.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], max: number, more: (file: string, count: number) => Diagnostic): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    const f = d.location?.file ?? '';
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const shown = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const f = d.location?.file ?? '';
    const n = (shown.get(f) ?? 0) + 1;
    shown.set(f, n);
    if (n <= max) out.push(d);
    if (n === max && counts.get(f)! > max) out.push(more(f, counts.get(f)! - max));
  }
  return out;
}
