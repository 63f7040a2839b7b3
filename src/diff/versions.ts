/**
 * The two sides of a diff: a folder, a git ref (read without touching the working tree) or the working
 * tree itself; each checked on the same assessment date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import type { CheckRepositoryResult } from '../check/check-repository.js';
import type { CheckOptions } from '../check/run-rules.js';
import { InputError } from '../util/errors.js';
import type { Version } from './compare.js';
import { checkoutToTemp, defaultBase, gitRepoOf, resolveCommit, type GitRepo } from './git.js';

/** What the user asked for: a folder, a git ref, or (undefined) the default of that side. */
export type VersionSpec = string | undefined;

/** The label of the working tree (renderers show it in the document's language). */
export const WORKING_TREE = 'working tree';

const reduce = (label: string, r: CheckRepositoryResult): Version => ({
  label,
  ...(r.validation.model ? { model: r.validation.model } : {}),
  ...(r.validation.graph ? { graph: r.validation.graph } : {}),
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
export function loadVersion(side: 'base' | 'head', spec: VersionSpec, repoDir: string, cwd: string, check: CheckOptions): Version {
  if (spec !== undefined && spec !== '' && fs.existsSync(path.resolve(cwd, spec)) && fs.statSync(path.resolve(cwd, spec)).isDirectory()) {
    const dir = path.resolve(cwd, spec);
    return reduce(spec, checkRepository(dir, check));
  }
  if (side === 'head' && spec === undefined) return reduce(WORKING_TREE, checkRepository(repoDir, check));
  const repo = requireRepo(repoDir, spec === undefined ? 'the default base' : `"${spec}"`);
  const { ref, commit } = spec === undefined ? defaultBase(repo) : { ref: spec, commit: resolveCommit(repo, spec) };
  const tree = checkoutToTemp(repo, commit);
  try {
    if (!fs.existsSync(path.join(tree.dir, 'arch.yaml'))) {
      throw new InputError({ vi: `${ref} (${commit.slice(0, 12)}) không có ${repo.prefix}arch.yaml`, en: `${ref} (${commit.slice(0, 12)}) has no ${repo.prefix}arch.yaml` });
    }
    return reduce(`${ref} (${commit.slice(0, 12)})`, checkRepository(tree.dir, check));
  } finally {
    tree.remove();
  }
}
