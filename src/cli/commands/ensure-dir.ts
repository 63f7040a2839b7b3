import * as fs from 'node:fs';
import { InputError } from '../../util/errors.js';

/** Creates a folder (and its parents) for output; a file in the way or a permission problem is a usage error. */
export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError({ vi: `Không tạo được thư mục ${dir} (${code}); kiểm tra đường dẫn không trùng với một tệp và có quyền ghi`, en: `Cannot create the folder ${dir} (${code}); check that no file is in the way and that it is writable` });
  }
}

/**
 * Before writing several files under `root`, checks that none of their folders is blocked by a file (so a
 * multi-file write is refused up front instead of failing half-way), then creates the folders.
 */
export function prepareDirs(root: string, rels: Iterable<string>): void {
  const dirs = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of ['', ...[...dirs].sort()]) {
    const abs = d ? `${root}/${d}` : root;
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(abs);
    } catch {
      continue;
    }
    if (!st.isDirectory()) throw new InputError({ vi: `${abs} đã tồn tại và không phải thư mục; arch không ghi gì cả`, en: `${abs} exists and is not a folder; arch wrote nothing` });
  }
  ensureDir(root);
  for (const d of [...dirs].sort()) ensureDir(`${root}/${d}`);
}
