/**
 * A small, linear glob matcher for the manifest's include/exclude patterns:
 * `**` (any folders), `*` (any name part), `?` (one character) and `{a,b}` (alternatives).
 * Paths are repository-relative with `/` separators.
 */
export type GlobCheck = { ok: true; regex: RegExp } | { ok: false; reason: { vi: string; en: string } };

const bad = (vi: string, en: string): GlobCheck => ({ ok: false, reason: { vi, en } });

export function compileGlob(pattern: string): GlobCheck {
  if (pattern.length === 0 || pattern.length > 200) return bad('độ dài phải từ 1 đến 200 ký tự', 'length must be 1 to 200 characters');
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) return bad('đường dẫn tuyệt đối', 'absolute path');
  if (pattern.includes('\\')) return bad('dùng "/" thay cho "\\"', 'use "/" instead of "\\"');
  if (pattern.includes('\0') || /^[a-z]+:\/\//i.test(pattern)) return bad('không phải đường dẫn tệp', 'not a file path');
  if (pattern.split('/').some((s) => s === '..')) return bad('ra ngoài kho ("..")', 'leaves the repository ("..")');
  if ((pattern.match(/\*/g) ?? []).length > 12) return bad('quá nhiều ký tự đại diện', 'too many wildcards');
  let re = '';
  let inGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{' && !inGroup) {
      re += '(?:';
      inGroup = true;
    } else if (c === '}' && inGroup) {
      re += ')';
      inGroup = false;
    } else if (c === ',' && inGroup) re += '|';
    else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  if (inGroup) return bad('thiếu dấu "}"', 'missing "}"');
  return { ok: true, regex: new RegExp(`^${re}$`) };
}
