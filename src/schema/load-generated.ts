/**
 * Loads the build's generated CommonJS validators (dist/schema/validators.generated.cjs) the way Node's own
 * loader would — the same function wrapper, a `require` relative to the file — but with V8's code cache that
 * the build writes beside it (`.v8cache`, made after validating sample architectures, so it also holds the
 * compiled validator functions). Compiling the ~0.9 MB module and its validators cold costs ~50 ms a run;
 * with the cache most of that is skipped. A cache made by another Node or V8 version, or with other flags,
 * is rejected by V8 and the file is compiled as usual. Only the package's own generated file is loaded here.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export const CODE_CACHE_SUFFIX = '.v8cache';

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export interface LoadedModule {
  exports: Record<string, unknown>;
  /** The compiled script, to make a code cache from (build time). */
  script: vm.Script;
  /** Whether a code cache was given and V8 accepted it. */
  cacheUsed: boolean;
}

/** Runs a CommonJS file with its code cache when there is a usable one. */
export function loadGenerated(file: string): LoadedModule {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(file + CODE_CACHE_SUFFIX);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
