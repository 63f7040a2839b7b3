/**
 * Where `arch build` may write (ROBUSTNESS.md §4.3): not through a symlink, not `/`, not the home folder,
 * not the repository root or a folder holding its input files. The folder itself is then switched in whole
 * by util/publish-folder.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../../util/errors.js';

const refuse = (vi: string, en: string): never => {
  throw new InputError({ vi: `--out: ${vi}`, en: `--out: ${en}` });
};

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** The real path `out` will have: the real path of its deepest existing ancestor plus the rest. */
function futureRealPath(out: string): string {
  let existing = out;
  const rest: string[] = [];
  while (!fs.existsSync(existing)) {
    rest.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return path.join(realOrSelf(existing), ...rest);
}

const inside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Throws InputError when `out` may not receive the build. `inputDirs` are the folders holding input files.
 * A folder named inside the working folder must really be there: a symlink anywhere on the way that leads
 * outside (`site -> /elsewhere`) is refused; a folder named outside it (`--out /tmp/site`) is the user's choice.
 */
export function checkOutputFolder(out: string, repoRoot: string, inputDirs: readonly string[], env: Record<string, string | undefined>, cwd: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.lstatSync(out);
  } catch {
    st = undefined;
  }
  if (st?.isSymbolicLink()) refuse(`${out} là symlink; hãy chỉ thư mục thật`, `${out} is a symbolic link; pass the real folder`);
  if (st && !st.isDirectory()) refuse(`${out} không phải thư mục`, `${out} is not a folder`);
  const real = futureRealPath(out);
  if (inside(path.resolve(cwd, out), cwd) && !inside(real, realOrSelf(cwd))) {
    refuse(`${out} đi qua symlink ra ngoài thư mục làm việc (${real})`, `${out} leads through a symbolic link outside the working folder (${real})`);
  }
  if (real === path.parse(real).root) refuse('không ghi vào thư mục gốc /', 'refusing to write into the file-system root');
  const home = env.HOME ?? os.homedir();
  if (home && real === realOrSelf(home)) refuse('không ghi thẳng vào thư mục home', 'refusing to write straight into the home folder');
  const root = realOrSelf(repoRoot);
  if (real === root) refuse(`${out} là thư mục kho kiến trúc; hãy chọn thư mục con, ví dụ ${path.join(out, 'build')}`, `${out} is the repository itself; choose another folder, e.g. ${path.join(out, 'build')}`);
  if (path.relative(real, root) !== '' && !path.relative(real, root).startsWith('..') && !path.isAbsolute(path.relative(real, root))) {
    refuse(`${out} chứa kho kiến trúc`, `${out} contains the repository; choose a folder inside or beside it`);
  }
  for (const dir of inputDirs) {
    if (realOrSelf(dir) === real) refuse(`${out} chứa tệp đầu vào của kho`, `${out} holds input files of the repository; choose a separate folder`);
  }
}
