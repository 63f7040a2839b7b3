/** Input limits (ROBUSTNESS.md §8). Checked before the expensive work, each with its own diagnostic. */
export const LIMITS = {
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxFiles: 20_000,
  maxDepth: 64,
  maxNodes: 400_000,
  maxEntriesPerCollection: 20_000,
  maxScalarChars: 64 * 1024,
  maxSchemaErrorsPerFile: 100,
} as const;

/** Keys that could reach `Object.prototype` through a naive reader: an error wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Where the fast readers (simple-yaml.ts, fast-parse.ts) give up and leave the file to the precise one:
 * margins below the limits above (near a limit the precise path decides, as its node count differs),
 * and keys it must judge itself (forbidden keys and the merge key `<<`).
 */
export const FAST_TIER = {
  maxDepth: LIMITS.maxDepth - 4,
  maxEntries: LIMITS.maxEntriesPerCollection >> 1,
  maxEvents: LIMITS.maxNodes >> 1,
  leavesKey: (key: string): boolean => key === '' || key.length > 1000 || key === '<<' || FORBIDDEN_KEYS.has(key),
} as const;
