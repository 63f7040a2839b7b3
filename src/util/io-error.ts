/**
 * Errors of the environment (permissions, a full or read-only disk, too many open files, a name too long)
 * are the user's to fix, not arch's bugs: they become an InputError (exit 2) that names the path, the
 * reason and what to do — never "internal error … please report this".
 */
import type { Localized } from '../diagnostics/diagnostic.js';
import { InputError } from './errors.js';

const ADVICE: Record<string, Localized> = {
  EACCES: { vi: 'không có quyền; kiểm tra quyền của tệp và thư mục cha, hoặc chọn nơi khác', en: 'permission denied; check the permissions of the file and its parent folder, or choose another place' },
  EPERM: { vi: 'thao tác không được phép; kiểm tra quyền hoặc thuộc tính bất biến của tệp', en: 'operation not permitted; check the permissions or immutable attributes of the file' },
  EROFS: { vi: 'hệ thống tệp chỉ đọc; chọn nơi ghi khác', en: 'read-only file system; choose another place to write' },
  ENOSPC: { vi: 'hết dung lượng đĩa; giải phóng dung lượng rồi chạy lại', en: 'no space left on the device; free some space and run again' },
  EDQUOT: { vi: 'vượt hạn mức đĩa; giải phóng dung lượng rồi chạy lại', en: 'disk quota exceeded; free some space and run again' },
  EFBIG: { vi: 'tệp vượt giới hạn kích thước cho phép', en: 'file too large for this system or its limits' },
  EMFILE: { vi: 'quá nhiều tệp đang mở; tăng giới hạn (ulimit -n) rồi chạy lại', en: 'too many open files; raise the limit (ulimit -n) and run again' },
  ENFILE: { vi: 'hệ thống mở quá nhiều tệp; thử lại sau', en: 'the system has too many open files; try again later' },
  ENAMETOOLONG: { vi: 'tên hoặc đường dẫn quá dài; chọn đường dẫn ngắn hơn', en: 'file name or path too long; choose a shorter path' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a folder' },
  EISDIR: { vi: 'đường dẫn là thư mục, không phải tệp', en: 'the path is a folder, not a file' },
  ENOENT: { vi: 'không tìm thấy tệp hoặc thư mục', en: 'no such file or folder' },
  EIO: { vi: 'lỗi vào/ra của thiết bị; kiểm tra đĩa', en: 'input/output error of the device; check the disk' },
  EBUSY: { vi: 'tệp hoặc thư mục đang bận', en: 'the file or folder is busy' },
  EXDEV: { vi: 'không đổi tên được qua hai hệ thống tệp khác nhau', en: 'cannot rename across two file systems' },
  ELOOP: { vi: 'quá nhiều liên kết tượng trưng trên đường dẫn', en: 'too many symbolic links on the path' },
  EBADF: { vi: 'luồng đã bị đóng', en: 'the stream is closed' },
};

/** Whether `e` is an error of the environment (a Node system error with a known code). */
export function isEnvironmentError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code! in ADVICE;
}

/** The InputError for an environment error on `file` while doing `what` (e.g. "write", "read"). */
export function ioError(file: string, e: unknown, what: Localized = { vi: 'ghi', en: 'write' }): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? 'EIO';
  const advice = ADVICE[code] ?? { vi: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
  return new InputError({ vi: `không ${what.vi} được ${file}: ${code}, ${advice.vi}`, en: `cannot ${what.en} ${file}: ${code}, ${advice.en}` });
}
