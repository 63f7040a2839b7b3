/**
 * Finds the template sources: the package's own `templates/` folder, overlaid file by file with the
 * folder the user passed explicitly with `--templates <dir>` (never a folder found in the scanned
 * repository). Files are read with the safe reader (no symlinks, regular files only, size limit, UTF-8).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTextFile } from '../load/read-file.js';
import { InputError } from '../util/errors.js';
import { packagePath } from '../util/paths.js';

export const BUILTIN_TEMPLATES_DIR = packagePath('templates');
const MAX_FILES = 500;

export interface TemplateFile {
  /** Path relative to the templates root, with `/` separators (e.g. `outline-v2plus/document.md.hbs`). */
  rel: string;
  abs: string;
  /** True when the file comes from the user's `--templates` folder. */
  override: boolean;
}

/** Lists the regular files below `root` (relative paths, sorted); symlinks are refused, not followed. */
function listFiles(root: string, refuseSymlinks: boolean): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isSymbolicLink()) {
        if (refuseSymlinks) throw new InputError({ vi: `--templates: ${childRel} là symlink; arch không đọc mẫu qua symlink`, en: `--templates: ${childRel} is a symbolic link; arch does not read templates through symlinks` });
        continue;
      }
      if (e.isDirectory()) walk(childRel);
      else if (e.isFile()) out.push(childRel);
      if (out.length > MAX_FILES) throw new InputError({ vi: `Thư mục mẫu có quá nhiều tệp (> ${MAX_FILES})`, en: `The templates folder holds too many files (> ${MAX_FILES})` });
    }
  };
  walk('');
  return out;
}

function checkOverrideDir(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dir);
  } catch {
    throw new InputError({ vi: `--templates: không tìm thấy thư mục ${dir}`, en: `--templates: folder ${dir} does not exist` });
  }
  if (st.isSymbolicLink()) throw new InputError({ vi: `--templates: ${dir} là symlink`, en: `--templates: ${dir} is a symbolic link; pass the real folder` });
  if (!st.isDirectory()) throw new InputError({ vi: `--templates: ${dir} không phải thư mục`, en: `--templates: ${dir} is not a folder` });
}

/** Whether a user file may be added without a built-in counterpart: only new partials. */
const isPartialPath = (rel: string): boolean => /(^|\/)partials\/[^/]+$/.test(rel);

/**
 * The effective set of template files: built-ins, each replaced by the user's file of the same relative
 * path. A user file that matches no built-in (a typo) is an error unless it is a new partial.
 */
export function listTemplateFiles(overrideDir?: string): Map<string, TemplateFile> {
  const files = new Map<string, TemplateFile>();
  for (const rel of listFiles(BUILTIN_TEMPLATES_DIR, false)) files.set(rel, { rel, abs: path.join(BUILTIN_TEMPLATES_DIR, rel), override: false });
  if (overrideDir !== undefined) {
    checkOverrideDir(overrideDir);
    for (const rel of listFiles(overrideDir, true)) {
      if (!/\.(hbs|json)$/.test(rel)) continue;
      if (!files.has(rel) && !isPartialPath(rel)) {
        throw new InputError({
          vi: `--templates: ${rel} không thay thế mẫu nào của arch (chỉ được thay thế mẫu có cùng đường dẫn, hoặc thêm partial trong thư mục partials/)`,
          en: `--templates: ${rel} does not replace any arch template (override a built-in file by its relative path, or add a new partial under a partials/ folder)`,
        });
      }
      files.set(rel, { rel, abs: path.join(overrideDir, rel), override: true });
    }
  }
  return files;
}

/** Reads one template file safely; failures become InputError naming the file. */
export function readTemplate(file: TemplateFile): string {
  const shown = file.override ? file.abs : `templates/${file.rel}`;
  const r = readTextFile(file.abs, shown);
  if (!r.ok) throw new InputError({ vi: `${shown}: ${r.diagnostic.message.vi}`, en: `${shown}: ${r.diagnostic.message.en}` });
  return r.text.replace(/\r\n?/g, '\n');
}
