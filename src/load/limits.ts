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
