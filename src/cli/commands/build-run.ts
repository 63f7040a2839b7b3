import * as path from 'node:path';
import { graphOf } from '../../graph/graph-of.js';
import { checkRepository } from '../../check/check-repository.js';
import { buildReport } from '../../check/report-model.js';
import { renderReport } from '../../render/report.js';
import { atLeast } from '../../diagnostics/diagnostic.js';
import { buildSite } from '../../render/build-site.js';
import { hasTemplate } from '../../render/engine.js';
import { lockFolder } from '../../util/publish-folder.js';
import { defaultLang, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

import { checkOutputFolder } from './build-output.js';
import { templatesDirOf } from './outline-run.js';
import type { Lang } from '../io.js';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { assessmentOptions } from './dates.js';

export interface BuildOptions {
  out: string;
  lang: Lang;
  templates?: string;
  force?: boolean;
  failOn: Severity;
  watch?: boolean;
  progress?: boolean;
  asOf?: string;
}

/** Lets the event loop turn, so that a signal received during synchronous work is handled (exit 130/143). */
const signalsTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `arch build`: validate and check the repository, lock the output folder, render every output in memory,
 * then switch the folder in whole (util/publish-folder.ts: a file of the user's is replaced only with
 * --force, the others are kept). Exit 1 when validation or conformance findings reach --fail-on, 2 on usage
 * or output errors.
 */
export async function runBuild(io: CliIO, dir: string, opts: BuildOptions): Promise<number> {
  const lang = opts.lang;
  /** Messages follow the user's language (ARCH_LANG/LANG); the documents follow --lang. */
  const msg = defaultLang(io.env);
  const root = path.resolve(io.cwd, dir);
  const out = path.resolve(io.cwd, opts.out);
  const showProgress = opts.progress ?? io.stderrIsTTY;
  const STAGE = {
    check: { vi: 'kiểm tra kho và đánh giá tuân thủ', en: 'validating and checking conformance' },
    outline: { vi: 'dựng nội dung tài liệu', en: 'building the document' },
    documents: { vi: 'tài liệu Markdown, HTML, Word (kèm hình)', en: 'Markdown, HTML and Word documents (with pictures)' },
    noDocx: { vi: 'không tạo tài liệu Word: kiến trúc quá lớn cho bộ tạo tệp Word (xem index.html)', en: 'no Word document: the architecture is too big for the Word generator (see index.html)' },
    diagrams: { vi: 'sơ đồ', en: 'diagrams' },
    systems: { vi: 'trang từng hệ thống', en: 'system pages' },
    write: { vi: 'chuyển thư mục kết quả', en: 'switching the output folder' },
  } as const;
  const started = Date.now();
  const progress = (stage: keyof typeof STAGE, done?: number, total?: number) => {
    if (showProgress || stage === 'noDocx') io.stderr(`arch build: ${STAGE[stage][msg]}${total !== undefined ? ` ${done}/${total}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  progress('check');
  const result = checkRepository(root, assessmentOptions(io.env, opts));
  await signalsTurn();
  const v = result.validation;
  const count = (sev: 'error' | 'warning') => v.diagnostics.filter((d) => d.severity === sev).length;
  const errors = count('error');
  if (!v.model) {
    io.stderr(msg === 'vi' ? `arch build: không dựng được mô hình (${errors} lỗi) — chạy \`arch validate ${dir}\` để xem chi tiết; không ghi tệp nào\n` : `arch build: no model could be built (${errors} errors) — run \`arch validate ${dir}\` for details; nothing was written\n`);
    return 1;
  }
  const inputDirs = [...new Set([...v.model.origin.values()].map((o) => path.dirname(path.join(v.root, o.file.path))))];
  checkOutputFolder(out, v.root, inputDirs, io.env, io.cwd);
  const folder = lockFolder(out);
  try {
    const templatesDir = templatesDirOf(io, opts.templates);
    // Each file is written into the staging folder as it is made; the folder is switched only when all are.
    const staging = folder.stage(Boolean(opts.force));
    let carried: number;
    let written: number;
    let report: Parameters<typeof buildSite>[0]['report'];
    try {
      if (result.check) {
        const r = buildReport(v.model, v.catalogues, result.check, v.diagnostics, lang, VERSION);
        const html = hasTemplate('report/report', 'html');
        staging.write({ path: 'conformance.md', data: renderReport(r, 'md') });
        if (html) staging.write({ path: 'conformance.html', data: renderReport(r, 'html') });
        report = { html, conforms: r.summary.conforms, passed: r.summary.rules.pass, failed: r.summary.rules.fail };
      }
      await buildSite({ model: v.model, graph: graphOf(v.model, v.catalogues), catalogues: v.catalogues, lang, ...(templatesDir ? { templatesDir } : {}), ...(report ? { report } : {}), validation: { errors, warnings: count('warning') }, findings: result.diagnostics, progress }, (file) => staging.write(file));
      progress('write');
      await signalsTurn(); // a SIGINT/SIGTERM that came during rendering ends the run here, before the switch
      ({ carried, files: written } = staging.commit());
    } finally {
      staging.abort(); // no-op after a commit
    }
    const rel = path.relative(io.cwd, path.join(out, 'index.html'));
    const shown = rel.startsWith('..') ? path.join(out, 'index.html') : rel;
    const kept = carried === 0 ? '' : msg === 'vi' ? ` (giữ ${carried} tệp không do arch tạo)` : ` (kept ${carried} file(s) arch did not write)`;
    io.stderr(msg === 'vi' ? `arch build: đã ghi ${written} tệp${kept}; mở ${shown}\n` : `arch build: wrote ${written} files${kept}; open ${shown}\n`);
    if (errors > 0) io.stderr(msg === 'vi' ? `arch build: kho có ${errors} lỗi; tài liệu chỉ gồm phần hợp lệ — chạy \`arch validate ${dir}\`\n` : `arch build: the repository has ${errors} error(s); the documents cover the valid part only — run \`arch validate ${dir}\`\n`);
    const failing = result.diagnostics.filter((d) => !d.suppression && atLeast(d.severity, opts.failOn)).length;
    if (failing > 0) {
      const where = report ? (report.html ? 'conformance.html' : 'conformance.md') : 'index.html';
      io.stderr(msg === 'vi' ? `arch build: ${failing} phát hiện ở mức ${opts.failOn} trở lên — xem ${where}\n` : `arch build: ${failing} finding(s) at ${opts.failOn} or above — see ${where}\n`);
    }
    return failing > 0 ? 1 : 0;
  } finally {
    folder.release();
  }
}
