/**
 * Versions of a repository read through the `git` program, without touching the working tree: the files
 * of a commit are copied out of the object store (`ls-tree` + `cat-file --batch`) into a temporary folder.
 * Commands that could run a configured program (fsmonitor, hooks) are not used; fsmonitor is switched off.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../util/errors.js';
import { addPendingPath, removePendingPath } from '../util/pending-writes.js';

const YAML_FILE = /\.ya?ml$/i;

function git(cwd: string, args: readonly string[], input?: string): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, input, maxBuffer: 2 ** 31 - 1, stdio: ['pipe', 'pipe', 'pipe'] });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError({ vi: 'không tìm thấy chương trình git; cài git để so sánh các phiên bản', en: 'the git program was not found; install git to compare versions' });
    throw r.error;
  }
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.toString('utf8').trim() };
}

const text = (b: Buffer) => b.toString('utf8').trim();

export interface GitRepo {
  /** The working tree's top folder. */
  top: string;
  /** The repository folder's path inside the tree (`` for the top, else `a/b/`). */
  prefix: string;
}

/** The git repository that holds `dir`, or undefined when it is not in one. */
export function gitRepoOf(dir: string): GitRepo | undefined {
  const r = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (!r.ok) return undefined;
  const [top, prefix] = text(r.out).split('\n');
  return { top: top!, prefix: prefix ?? '' };
}

const shallowAdvice = {
  vi: 'bản sao git này là bản nông (shallow) và không có lịch sử đó; lấy đủ lịch sử (GitHub Actions: actions/checkout với fetch-depth: 0, hoặc git fetch --unshallow)',
  en: 'this git clone is shallow and lacks that history; fetch the full history (GitHub Actions: actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
};

/** The commit `ref` names, or InputError saying why there is none (unknown ref, shallow clone). */
export function resolveCommit(repo: GitRepo, ref: string): string {
  if (ref.startsWith('-')) throw new InputError({ vi: `"${ref}" không phải tham chiếu git`, en: `"${ref}" is not a git reference` });
  const r = git(repo.top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.ok) return text(r.out);
  const shallow = text(git(repo.top, ['rev-parse', '--is-shallow-repository']).out) === 'true';
  throw new InputError({
    vi: `không có phiên bản git "${ref}" trong ${repo.top}${shallow ? `: ${shallowAdvice.vi}` : '; kiểm tra tên nhánh, thẻ hoặc commit (git log --oneline)'}`,
    en: `no git version "${ref}" in ${repo.top}${shallow ? `: ${shallowAdvice.en}` : '; check the branch, tag or commit name (git log --oneline)'}`,
  });
}

/** The merge base of HEAD with the default branch (origin's HEAD, else main or master). */
export function defaultBase(repo: GitRepo): { ref: string; commit: string } {
  const candidates = [text(git(repo.top, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).out), 'origin/main', 'origin/master', 'main', 'master'].filter(Boolean);
  for (const branch of candidates) {
    if (!git(repo.top, ['rev-parse', '--verify', '--quiet', `${branch}^{commit}`]).ok) continue;
    const mb = git(repo.top, ['merge-base', 'HEAD', branch]);
    if (mb.ok) return { ref: `merge-base(HEAD, ${branch})`, commit: text(mb.out) };
    const shallow = text(git(repo.top, ['rev-parse', '--is-shallow-repository']).out) === 'true';
    throw new InputError({
      vi: `không tìm được điểm chung của HEAD và ${branch}${shallow ? `: ${shallowAdvice.vi}` : ''}; chỉ rõ --base <nhánh|commit>`,
      en: `no merge base of HEAD and ${branch}${shallow ? `: ${shallowAdvice.en}` : ''}; name one with --base <branch|commit>`,
    });
  }
  const shallow = text(git(repo.top, ['rev-parse', '--is-shallow-repository']).out) === 'true';
  throw new InputError({
    vi: `không có nhánh mặc định (origin/HEAD, main, master) để so sánh${shallow ? `: ${shallowAdvice.vi}` : ''}; chỉ rõ --base <nhánh|commit>`,
    en: `no default branch (origin/HEAD, main, master) to compare with${shallow ? `: ${shallowAdvice.en}` : ''}; name one with --base <branch|commit>`,
  });
}

/**
 * Copies the YAML files of the repository folder at `commit` into a new temporary folder and returns it,
 * with a function that removes it. Symbolic links and submodules are left out (the loader refuses them).
 */
export function checkoutToTemp(repo: GitRepo, commit: string): { dir: string; remove: () => void } {
  const listing = git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', repo.prefix || '.']);
  if (!listing.ok) throw new InputError({ vi: `không đọc được cây của ${commit}: ${listing.err}`, en: `cannot read the tree of ${commit}: ${listing.err}` });
  const entries: { sha: string; rel: string }[] = [];
  for (const line of listing.out.toString('utf8').split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!m || m[2] !== 'blob' || m[1] === '120000' || !YAML_FILE.test(m[4]!)) continue;
    entries.push({ sha: m[3]!, rel: m[4]!.slice(repo.prefix.length) });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-diff-'));
  addPendingPath(dir);
  const remove = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    removePendingPath(dir);
  };
  try {
    const batch = git(repo.top, ['cat-file', '--batch'], entries.map((e) => e.sha).join('\n') + '\n');
    if (!batch.ok) throw new InputError({ vi: `không đọc được tệp của ${commit}: ${batch.err}`, en: `cannot read the files of ${commit}: ${batch.err}` });
    let at = 0;
    for (const e of entries) {
      const nl = batch.out.indexOf(0x0a, at);
      const header = batch.out.toString('latin1', at, nl).split(' ');
      const size = Number(header[2]);
      if (nl < 0 || header[1] !== 'blob' || !Number.isInteger(size)) throw new InputError({ vi: `không đọc được ${e.rel} của ${commit} từ git (${header.join(' ')})`, en: `cannot read ${e.rel} of ${commit} from git (${header.join(' ')})` });
      const body = batch.out.subarray(nl + 1, nl + 1 + size);
      at = nl + 1 + size + 1;
      const target = path.join(dir, ...e.rel.split('/'));
      if (!target.startsWith(dir + path.sep)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
    }
    return { dir, remove };
  } catch (e) {
    remove();
    throw e;
  }
}
