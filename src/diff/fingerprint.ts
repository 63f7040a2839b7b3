/**
 * A finding's identity across versions: its code, the element it is about (or its file when it is about no
 * element), the path inside that element and its English message — never a line, a column, a file order
 * or an element's index in its file, so moving lines and reordering files keep it.
 */
import { createHash } from 'node:crypto';
import { elementLocator } from '../check/element-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ArchitectureModel } from '../model/types.js';

export interface FingerprintedFinding {
  fingerprint: string;
  /** The element the finding is about, when there is one. */
  element?: string;
  diagnostic: Diagnostic;
}

/** Fingerprints of `diagnostics` (in their order). Without a model, findings are anchored to their file. */
export function fingerprintFindings(diagnostics: readonly Diagnostic[], model: ArchitectureModel | undefined): FingerprintedFinding[] {
  const locate = model ? elementLocator(model) : () => undefined;
  return diagnostics.map((d) => {
    const element = locate(d.location);
    const path = d.location?.path ?? [];
    const inner = element ? path.slice(2) : path;
    const anchor = element ? `element:${element}` : `file:${d.location?.file ?? ''}`;
    const fingerprint = createHash('sha256').update([d.code, anchor, inner.join('/'), d.message.en].join('\u0000')).digest('hex').slice(0, 24);
    return { fingerprint, ...(element ? { element } : {}), diagnostic: d };
  });
}

/** How many findings carry each fingerprint (two identical findings count twice). */
export function countFingerprints(findings: readonly { fingerprint: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
  return counts;
}

/**
 * Splits `findings` against earlier fingerprint counts: `known` ones (up to the earlier count of their
 * fingerprint), `fresh` ones, and the earlier fingerprints left unmatched (`gone`, with how many).
 */
export function matchFingerprints<T extends { fingerprint: string }>(findings: readonly T[], earlier: ReadonlyMap<string, number>): { known: T[]; fresh: T[]; gone: Map<string, number> } {
  const left = new Map(earlier);
  const known: T[] = [];
  const fresh: T[] = [];
  for (const f of findings) {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) {
      known.push(f);
      if (n === 1) left.delete(f.fingerprint);
      else left.set(f.fingerprint, n - 1);
    } else fresh.push(f);
  }
  return { known, fresh, gone: left };
}
