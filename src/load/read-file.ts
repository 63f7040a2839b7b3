import * as fs from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { LIMITS } from './limits.js';
import { decodeUtf8, positionOfByte } from './text.js';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; diagnostic: Diagnostic };

const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads one file safely: no symlink is followed (O_NOFOLLOW), the descriptor must be a regular file
 * no larger than the limit (checked with fstat before reading), and the bytes must be strict UTF-8.
 */
export function readTextFile(absPath: string, relPath: string): ReadResult {
  const fail = (d: Diagnostic): ReadResult => ({ ok: false, diagnostic: d });
  const here = { file: relPath, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
  let fd: number;
  try {
    fd = fs.openSync(absPath, FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') return fail(diag('load/symlink', { path: relPath }, here));
    return fail(diag('load/read-error', { path: relPath, reason: code }, here));
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return fail(diag('load/not-regular-file', { path: relPath, type: st.isDirectory() ? 'directory' : st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'device' }, here));
    if (st.size > LIMITS.maxFileBytes) return fail(diag('load/file-too-large', { size: st.size, limit: LIMITS.maxFileBytes }, here));
    const buf = Buffer.allocUnsafe(Math.min(st.size, LIMITS.maxFileBytes) + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > LIMITS.maxFileBytes) return fail(diag('load/file-too-large', { size: n, limit: LIMITS.maxFileBytes }, here));
      if (n === buf.length) break;
    }
    const bytes = buf.subarray(0, n);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const pos = positionOfByte(bytes, decoded.offset);
      return fail(diag('load/bad-encoding', { detail: `${decoded.detail} at byte ${decoded.offset}` }, { file: relPath, range: { start: pos, end: pos } }));
    }
    return { ok: true, text: decoded.text, bytes: n };
  } catch (e) {
    return fail(diag('load/read-error', { path: relPath, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' }, here));
  } finally {
    fs.closeSync(fd);
  }
}
