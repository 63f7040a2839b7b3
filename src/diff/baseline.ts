/**
 * Baselines of `arch check` ("stop the bleeding" on a legacy architecture): a committed JSON file of the
 * fingerprints of the findings accepted for now. Fingerprints survive moved lines and reordered files
 * (fingerprint.ts); an entry whose finding no longer occurs is stale and reported.
 */
import { GENERATED_MARKER } from '../util/generated-file.js';
import { InputError } from '../util/errors.js';
import { countFingerprints, type FingerprintedFinding } from './fingerprint.js';

export const BASELINE_FORMAT = 'arch-baseline/1';

interface BaselineEntry {
  fingerprint: string;
  count: number;
  code: string;
  element?: string;
  file?: string;
  message: string;
}

/** The baseline file for `findings`: sorted by fingerprint, one entry per fingerprint, byte-stable. */
export function baselineJson(findings: readonly FingerprintedFinding[]): string {
  const counts = countFingerprints(findings);
  const first = new Map<string, FingerprintedFinding>();
  for (const f of findings) if (!first.has(f.fingerprint)) first.set(f.fingerprint, f);
  const entries: BaselineEntry[] = [...first.values()]
    .map((f) => ({
      fingerprint: f.fingerprint,
      count: counts.get(f.fingerprint)!,
      code: f.diagnostic.code,
      ...(f.element ? { element: f.element } : {}),
      ...(f.diagnostic.location ? { file: f.diagnostic.location.file } : {}),
      message: f.diagnostic.message.en,
    }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
  return `${JSON.stringify({ $comment: `${GENERATED_MARKER}: findings accepted for now; regenerate with arch check --write-baseline`, format: BASELINE_FORMAT, findings: entries }, null, 2)}\n`;
}

/** Fingerprint counts of a baseline file's text, with each entry's description for stale reports. */
export function parseBaseline(text: string, file: string): Map<string, { count: number; code: string; element?: string; message: string }> {
  const bad = (why: string): never => {
    throw new InputError({ vi: `${file} không phải tệp baseline của arch (${why}); tạo lại bằng arch check --write-baseline ${file}`, en: `${file} is not an arch baseline (${why}); write one with arch check --write-baseline ${file}` });
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return bad(`JSON: ${(e as Error).message}`);
  }
  const d = doc as { format?: unknown; findings?: unknown };
  if (d === null || typeof d !== 'object' || d.format !== BASELINE_FORMAT) return bad(`"format" is not "${BASELINE_FORMAT}"`);
  if (!Array.isArray(d.findings)) return bad('"findings" is not a list');
  const out = new Map<string, { count: number; code: string; element?: string; message: string }>();
  d.findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry>;
    if (typeof e?.fingerprint !== 'string' || !Number.isInteger(e.count) || (e.count ?? 0) < 1 || typeof e.code !== 'string') bad(`entry ${i + 1} lacks fingerprint, count or code`);
    out.set(e.fingerprint!, { count: e.count!, code: e.code!, ...(typeof e.element === 'string' ? { element: e.element } : {}), message: typeof e.message === 'string' ? e.message : '' });
  });
  return out;
}
