/**
 * An output folder switched in whole or not at all (ROBUSTNESS.md §4.3). The new content is written to a
 * sibling staging folder (`.NAME.arch-staging-PID-HEX`), every file in full and fsynced; then the old folder
 * is renamed aside, the staging folder renamed in, and the old one removed. Readers see the old folder or
 * the new one, never a mix; only between the two renames (Node has no atomic exchange of two folders) is the
 * folder absent, its old content whole beside it.
 *
 * - One writer per folder: an exclusive lock file beside it (`.NAME.arch-lock`, holding the pid); a second
 *   run refuses with the holder's pid. A lock whose process is gone is taken over.
 * - A run killed before the switch leaves the old folder untouched; the next run removes its staging
 *   folder, and restores the old folder if the kill fell between the two renames.
 * - Files of the old folder that arch did not write are the user's: a new file of the same name needs
 *   --force; the others are carried into the new folder (hard links, or copies across devices).
 *   Arch's own files are listed in `.arch-build.json`, so stale outputs are dropped.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from './errors.js';
import { GENERATED_MARKER } from './generated-file.js';
import { ioError } from './io-error.js';
import { addPendingPath, removePendingPath } from './pending-writes.js';
import { checkWritable, fsyncDir, isGenerated, pidAlive, writeFully } from './safe-write.js';

export interface FolderFile {
  /** Path inside the folder, with `/` separators. */
  path: string;
  data: string | Uint8Array;
}

/** The list of files arch wrote into a published folder. */
export const MANIFEST_FILE = '.arch-build.json';


/** Takes the folder's lock, or throws InputError naming the live holder. Returns the lock's path. */
function lock(parent: string, name: string): string {
  const file = path.join(parent, `.${name}.arch-lock`);
  const out = path.join(parent, name);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      writeFully(fd, Buffer.from(`${process.pid}\n`));
      fs.closeSync(fd);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(out, e);
    }
    let holder = NaN;
    try {
      holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    } catch {
      /* removed meanwhile, or unreadable: treated as stale */
    }
    if (pidAlive(holder)) {
      throw new InputError({
        vi: `${out} đang được một tiến trình arch khác ghi (pid ${holder}); chờ nó xong rồi chạy lại (nếu không còn tiến trình nào, xoá ${file})`,
        en: `${out} is being written by another arch process (pid ${holder}); wait for it to finish and run again (if no such process runs, remove ${file})`,
      });
    }
    fs.rmSync(file, { force: true });
  }
  throw new InputError({ vi: `không lấy được khoá ${file}`, en: `cannot take the lock ${file}` });
}

/** Cleans what killed runs left beside the folder; restores the old folder if a kill fell between the renames. */
function recover(parent: string, name: string, out: string): void {
  const leftovers = fs.readdirSync(parent).filter((n) => n.startsWith(`.${name}.arch-staging-`) || n.startsWith(`.${name}.arch-old-`));
  if (!fs.existsSync(out)) {
    const old = leftovers.find((n) => n.startsWith(`.${name}.arch-old-`));
    if (old) fs.renameSync(path.join(parent, old), out);
  }
  for (const n of leftovers) fs.rmSync(path.join(parent, n), { recursive: true, force: true });
}

/** Every file under `dir` (relative, `/`-separated), symbolic links included as files. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

function previousManifest(out: string): Set<string> {
  try {
    const doc = JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8')) as { $comment?: unknown; files?: unknown };
    if (typeof doc.$comment === 'string' && doc.$comment.startsWith(GENERATED_MARKER) && Array.isArray(doc.files)) return new Set(doc.files.filter((f): f is string => typeof f === 'string'));
  } catch {
    /* no manifest: judge every file by its header */
  }
  return new Set();
}

/** The files of the old folder that arch's manifest does not list: the user's, unless they carry arch's header. */
function userFiles(out: string): Set<string> {
  if (!fs.existsSync(out)) return new Set();
  fs.accessSync(out, fs.constants.W_OK);
  const ours = previousManifest(out);
  return new Set(listFiles(out).filter((rel) => rel !== MANIFEST_FILE && !ours.has(rel)));
}

function writeInto(dir: string, rel: string, data: string | Uint8Array): void {
  const target = path.join(dir, ...rel.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const fd = fs.openSync(target, 'wx', 0o644);
  try {
    writeFully(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function carryInto(from: string, to: string, rel: string): void {
  const src = path.join(from, ...rel.split('/'));
  const dst = path.join(to, ...rel.split('/'));
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  if (fs.lstatSync(src).isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(src), dst);
  else {
    try {
      fs.linkSync(src, dst);
    } catch {
      fs.copyFileSync(src, dst, fs.constants.COPYFILE_EXCL);
    }
  }
}


export interface FolderLock {
  /**
   * Publishes `files` as the whole content of the folder (see the module comment); `progress` is told how
   * many files are written. Throws InputError (exit 2) on a refused file or any I/O error; the old folder is
   * then unchanged.
   */
  publish(files: readonly FolderFile[], force: boolean, progress?: (done: number, total: number) => void): { carried: number };
  /**
   * The same in steps, so that files are written as they are made and never all held in memory (a site at
   * 100k elements is 500 MB): `write` each file into the staging folder, then `commit` to switch, or `abort`.
   * A file that would replace one of the user's without --force throws when it is written.
   */
  stage(force: boolean): Staging;
  release(): void;
}

export interface Staging {
  write(file: FolderFile): void;
  /** Carries the user's other files, writes the manifest and switches the folder. */
  commit(): { carried: number; files: number };
  /** Removes the staging folder; the old folder is unchanged. */
  abort(): void;
}

/**
 * Takes the exclusive lock of output folder `out` (creating its parent) and cleans what killed runs left
 * beside it. Call it before the long work, so that a second run is refused at once.
 */
export function lockFolder(out: string): FolderLock {
  const parent = path.dirname(out);
  const name = path.basename(out);
  try {
    fs.mkdirSync(parent, { recursive: true });
  } catch (e) {
    // mkdir reports a regular file on the way as EEXIST; say what it is.
    const code = (e as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(e as Error, { code: 'ENOTDIR' }) : e;
    throw ioError(parent, code, { vi: 'tạo thư mục', en: 'create the folder' });
  }
  const lockFile = lock(parent, name);
  addPendingPath(lockFile);
  const release = () => {
    fs.rmSync(lockFile, { force: true });
    removePendingPath(lockFile);
  };
  try {
    recover(parent, name, out);
  } catch (e) {
    release();
    throw ioError(parent, e, { vi: 'dọn', en: 'clean up' });
  }
  return { publish: (files, force, progress) => publish(out, files, force, progress), stage: (force) => stage(out, force), release };
}

function publish(out: string, files: readonly FolderFile[], force: boolean, progress?: (done: number, total: number) => void): { carried: number } {
  const staging = stage(out, force);
  files.forEach((f, i) => {
    staging.write(f);
    if (progress && (i + 1) % 500 === 0) progress(i + 1, files.length);
  });
  return { carried: staging.commit().carried };
}

function stage(out: string, force: boolean): Staging {
  const parent = path.dirname(out);
  const name = path.basename(out);
  const staging = path.join(parent, `.${name}.arch-staging-${process.pid}-${randomBytes(6).toString('hex')}`);
  const written: string[] = [];
  let step = out;
  let done = false;
  const abort = () => {
    if (done) return;
    done = true;
    fs.rmSync(staging, { recursive: true, force: true });
    removePendingPath(staging);
  };
  const guard = <T>(f: () => T): T => {
    if (done) throw new Error(`the staging folder of ${out} is closed`);
    try {
      return f();
    } catch (e) {
      abort();
      throw ioError(step, e);
    }
  };
  const user = guard(() => {
    const found = userFiles(out);
    step = staging;
    addPendingPath(staging);
    fs.mkdirSync(staging);
    return found;
  });
  return {
    write: (f) =>
      guard(() => {
        step = path.join(out, ...f.path.split('/'));
        if (user.has(f.path)) {
          checkWritable(step, force);
          user.delete(f.path); // replaced, so not carried
        }
        writeInto(staging, f.path, f.data);
        written.push(f.path);
      }),
    commit: () =>
      guard(() => {
        step = out;
        const carry = [...user].filter((rel) => !isArchFile(path.join(out, ...rel.split('/'))));
        for (const rel of carry) carryInto(out, staging, rel);
        const manifest = { $comment: `${GENERATED_MARKER}: the files of this folder that arch wrote`, files: written.sort() };
        writeInto(staging, MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
        fsyncDir(staging);
        if (fs.existsSync(out)) {
          const old = path.join(parent, `.${name}.arch-old-${process.pid}-${randomBytes(6).toString('hex')}`);
          fs.renameSync(out, old);
          fs.renameSync(staging, out);
          fs.rmSync(old, { recursive: true, force: true });
        } else fs.renameSync(staging, out);
        fsyncDir(parent);
        done = true;
        removePendingPath(staging);
        return { carried: carry.length, files: written.length };
      }),
    abort,
  };
}

/** A regular file carrying arch's header: a leftover output, not the user's. */
const isArchFile = (abs: string): boolean => fs.lstatSync(abs).isFile() && isGenerated(abs);
