/**
 * The two sides of a diff: a folder, a git ref (read without touching the working tree) or the working
 * tree itself; each checked on the same assessment date.
 */
import { graphOf } from '../graph/graph-of.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import type { CheckRepositoryResult } from '../check/check-repository.js';
import type { CheckOptions } from '../check/run-rules.js';
import type { Localized } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { Origin } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { packagePath } from '../util/paths.js';
import { addPendingPath, removePendingPath } from '../util/pending-writes.js';
import type { Version } from './compare.js';
import { checkoutToTemp, defaultBase, gitRepoOf, resolveCommit, type GitRepo } from './git.js';

/** What the user asked for: a folder, a git ref, or (undefined) the default of that side. */
export type VersionSpec = string | undefined;

/** The label of the working tree (renderers show it in the document's language). */
export const WORKING_TREE = 'working tree';

const reduce = (label: string, r: CheckRepositoryResult): Version => ({
  label,
  ...(r.validation.model ? { model: r.validation.model } : {}),
  ...(r.validation.model ? { graph: graphOf(r.validation.model, r.validation.catalogues) } : {}),
  diagnostics: r.diagnostics,
});

function requireRepo(repoDir: string, what: string): GitRepo {
  const repo = gitRepoOf(repoDir);
  if (!repo) {
    throw new InputError({
      vi: `${repoDir} không nằm trong kho git, nên không đọc được ${what}; chỉ rõ thư mục của từng phiên bản bằng --base <thư mục> --head <thư mục>`,
      en: `${repoDir} is not inside a git repository, so ${what} cannot be read; name a folder for each version with --base <dir> --head <dir>`,
    });
  }
  return repo;
}

/**
 * Checks one side. `spec`: an existing folder (relative to `cwd`), else a git ref of the repository that
 * holds `repoDir`; undefined means the working tree (head) or the merge base with the default branch (base).
 */
export function loadVersion(side: 'base' | 'head', spec: VersionSpec, repoDir: string, cwd: string, check: CheckOptions, onTemp?: (dir: string) => void): Version {
  if (spec !== undefined && spec !== '' && fs.existsSync(path.resolve(cwd, spec)) && fs.statSync(path.resolve(cwd, spec)).isDirectory()) {
    const dir = path.resolve(cwd, spec);
    return reduce(spec, checkRepository(dir, check));
  }
  if (side === 'head' && spec === undefined) return reduce(WORKING_TREE, checkRepository(repoDir, check));
  const repo = requireRepo(repoDir, spec === undefined ? 'the default base' : `"${spec}"`);
  const { ref, commit } = spec === undefined ? defaultBase(repo) : { ref: spec, commit: resolveCommit(repo, spec) };
  const tree = checkoutToTemp(repo, commit);
  onTemp?.(tree.dir);
  try {
    if (!fs.existsSync(path.join(tree.dir, 'arch.yaml'))) {
      throw new InputError({ vi: `${ref} (${commit.slice(0, 12)}) không có ${repo.prefix}arch.yaml`, en: `${ref} (${commit.slice(0, 12)}) has no ${repo.prefix}arch.yaml` });
    }
    return reduce(`${ref} (${commit.slice(0, 12)})`, checkRepository(tree.dir, check));
  } finally {
    tree.remove();
  }
}

/** What a worker is asked to load. */
export interface LoadVersionRequest {
  side: 'base' | 'head';
  spec: VersionSpec;
  repoDir: string;
  cwd: string;
  check: CheckOptions;
}

/**
 * A version as plain data for another thread: the files behind the model keep only their path (the diff
 * needs no text, no positions and no parser from them).
 */
export function shareable(v: Version): Version {
  if (!v.model) return v;
  const origin = new Map([...v.model.origin].map(([id, o]) => [id, { file: { path: o.file.path }, index: o.index } as unknown as Origin]));
  return { ...v, model: { ...v.model, origin, manifestFile: { path: v.model.manifestFile.path } as unknown as SourceFile } };
}

function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  if (fs.existsSync(here)) return here;
  const built = packagePath('dist', 'diff', 'check-worker.js');
  return fs.existsSync(built) ? built : undefined;
}

/**
 * Both versions at once: `base` in a worker thread while this thread checks `head` (on one core, or
 * without the built worker script, one after the other). Errors are the ones `loadVersion` gives.
 */
export async function loadBoth(base: Omit<LoadVersionRequest, 'side'>, head: Omit<LoadVersionRequest, 'side'>): Promise<{ base: Version; head: Version }> {
  const script = workerScript();
  if (!script || os.availableParallelism() < 2) {
    return { base: loadVersion('base', base.spec, base.repoDir, base.cwd, base.check), head: loadVersion('head', head.spec, head.repoDir, head.cwd, head.check) };
  }
  const worker = new Worker(script, { workerData: { side: 'base', ...base } satisfies LoadVersionRequest });
  const temps: string[] = [];
  const fromWorker = new Promise<Version>((resolve, reject) => {
    worker.on('message', (m: { temp?: string; version?: Version; inputError?: Localized; error?: string }) => {
      if (m.temp) {
        temps.push(m.temp);
        addPendingPath(m.temp);
      } else if (m.version) resolve(m.version);
      else if (m.inputError) reject(new InputError(m.inputError));
      else reject(new Error(`arch diff worker: ${m.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`arch diff worker exited with ${code}`)));
  });
  fromWorker.catch(() => undefined); // handled below, after this thread's own version
  try {
    const headVersion = loadVersion('head', head.spec, head.repoDir, head.cwd, head.check);
    return { base: await fromWorker, head: headVersion };
  } finally {
    await worker.terminate();
    for (const t of temps) {
      fs.rmSync(t, { recursive: true, force: true });
      removePendingPath(t);
    }
  }
}
