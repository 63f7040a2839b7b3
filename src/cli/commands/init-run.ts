import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalogues, inForce } from '../../catalog/catalog.js';
import { getProfile } from '../../catalog/profiles.js';
import { ELEMENTS_SCHEMA_ID, MANIFEST_SCHEMA_ID } from '../../schema/registry.js';
import { bundleText } from '../../schema/bundle.js';
import { ELEMENTS_BUNDLE, MANIFEST_BUNDLE, scaffoldFiles } from '../../init/scaffold.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { closest } from '../../util/suggest.js';
import type { CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { prepareDirs } from './ensure-dir.js';
import { parseDateOption, today } from './dates.js';
import type { Lang } from '../io.js';

export interface InitOptions {
  ministry: string;
  framework: string;
  date?: string;
  lang: Lang;
  force?: boolean;
}

function pickMinistry(catalogues: Catalogues, code: string, date: string) {
  const entry = catalogues.get('ministry', code);
  if (!entry) {
    const inForceIds = catalogues.entries('ministry').filter((e) => inForce(e, date)).map((e) => e.id);
    const guess = closest(code.toUpperCase(), inForceIds) ?? closest(code.toUpperCase(), catalogues.ids('ministry'));
    throw new InputError({
      vi: `Không có bộ, cơ quan ngang bộ mã "${code}" trong danh mục${guess ? ` — có phải "${guess}"?` : ''} (xem \`arch catalog ministry --date ${date}\`)`,
      en: `No ministry or ministerial-level agency with code "${code}" in the catalogue${guess ? ` — did you mean "${guess}"?` : ''} (see \`arch catalog ministry --date ${date}\`)`,
    });
  }
  if (!inForce(entry, date)) {
    const successor = typeof entry.mergedInto === 'string' ? entry.mergedInto : undefined;
    const ended = entry.validUntil !== undefined && entry.validUntil <= date;
    const when = ended ? `${entry.validUntil}` : `${entry.validFrom}`;
    throw new InputError({
      vi: `${entry.name.vi} (${entry.id}) ${ended ? `không còn trong danh mục từ ${when}` : `chỉ có trong danh mục từ ${when}`}, không áp dụng cho ngày ${date}${successor ? `; dùng --ministry ${successor}` : ''}${ended ? `, hoặc --date trước ${when}` : `, hoặc --date từ ${when}`}`,
      en: `${entry.name.en} (${entry.id}) ${ended ? `left the catalogue on ${when}` : `is in the catalogue only from ${when}`}, so it does not apply on ${date}${successor ? `; use --ministry ${successor}` : ''}${ended ? `, or a --date before ${when}` : `, or a --date from ${when}`}`,
    });
  }
  return entry;
}

export function runInit(io: CliIO, dir: string, opts: InitOptions): number {
  const date = opts.date === undefined ? today(io.env) : parseDateOption(opts.date);
  const catalogues = Catalogues.load();
  const ministry = pickMinistry(catalogues, opts.ministry, date);
  const files = scaffoldFiles({ ministry, framework: opts.framework, date, lang: opts.lang, catalogues });
  files.set(MANIFEST_BUNDLE, bundleText(MANIFEST_SCHEMA_ID, VERSION));
  files.set(ELEMENTS_BUNDLE, bundleText(ELEMENTS_SCHEMA_ID, VERSION));

  const root = path.resolve(io.cwd, dir);
  if (fs.existsSync(root) && !fs.statSync(root).isDirectory()) throw new InputError({ vi: `${dir} không phải thư mục`, en: `${dir} is not a folder` });
  // Refuse before writing anything, so a refusal never leaves a half-made repository.
  const existing = [...files.keys()].filter((rel) => fs.existsSync(path.join(root, rel))).sort();
  if (existing.length > 0 && !opts.force) {
    const list = existing.slice(0, 5).join(', ') + (existing.length > 5 ? ', …' : '');
    throw new InputError({
      vi: `Thư mục ${dir} đã có ${list}; arch init không ghi đè tệp có sẵn (dùng --force để ghi đè)`,
      en: `${dir} already holds ${list}; arch init does not overwrite existing files (use --force to overwrite them)`,
    });
  }
  prepareDirs(root, files.keys());
  for (const rel of [...files.keys()].sort()) writeFileAtomic(path.join(root, rel), files.get(rel)!, Boolean(opts.force));

  const profile = getProfile(opts.framework);
  const lang = opts.lang;
  const notes: string[] = [];
  if (profile?.validUntil && profile.validUntil <= date) {
    const next = profile.supersededBy ?? '';
    notes.push(lang === 'en' ? `note: framework ${opts.framework} was superseded on ${profile.validUntil}${next ? ` (by ${String(next)})` : ''}` : `lưu ý: Khung ${opts.framework} đã được thay thế từ ${profile.validUntil}${next ? ` (bởi ${String(next)})` : ''}`);
  }
  const rel = path.relative(io.cwd, root);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? root : rel;
  io.stderr(
    `${lang === 'en' ? `Created an architecture repository for ${ministry.name.en} (framework ${opts.framework}, ${date}) in ${shown}: ${files.size} files.\nNext: arch validate ${shown} && arch check ${shown}` : `Đã tạo kho kiến trúc ${ministry.name.vi} (Khung ${opts.framework}, ngày ${date}) tại ${shown}: ${files.size} tệp.\nTiếp theo: arch validate ${shown} && arch check ${shown}`}\n${notes.map((n) => `${n}\n`).join('')}`,
  );
  return 0;
}
