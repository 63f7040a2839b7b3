import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRepository, type CheckRepositoryResult } from '../../check/check-repository.js';
import { describeRule } from '../../check/describe.js';
import { checkJunit } from '../../check/junit-report.js';
import { buildReport } from '../../check/report-model.js';
import { renderReport } from '../../render/report.js';
import type { CheckOptions } from '../../check/run-rules.js';
import { atLeast } from '../../diagnostics/diagnostic.js';
import { baselineJson, parseBaseline } from '../../diff/baseline.js';
import { countFingerprints, fingerprintFindings, matchFingerprints } from '../../diff/fingerprint.js';
import { loadVersion } from '../../diff/versions.js';
import { streamPrettyJson } from '../../format/json-stream.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import type { CliIO, Lang } from '../io.js';
import { displayPath, reportDiagnostics } from '../report.js';
import { VERSION } from '../version.js';
import type { CommonOptions } from '../program.js';
import type { CheckFormat } from '../formats.js';
import { assessmentOptions } from './dates.js';

export interface CheckCliOptions extends Omit<CommonOptions, 'format'> {
  format: CheckFormat;
  profile?: string;
  asOf?: string;
  /** The old name of --as-of, still accepted. */
  today?: string;
  baseline?: string;
  writeBaseline?: string;
}

export function runCheck(io: CliIO, dir: string, opts: CheckCliOptions): number {
  const checkOptions = { ...(opts.profile ? { profile: opts.profile } : {}), ...assessmentOptions(io.env, opts) };
  const full = checkRepository(path.resolve(io.cwd, dir), checkOptions);
  const root = full.validation.root;
  if (opts.writeBaseline !== undefined) {
    const findings = fingerprintFindings(full.diagnostics, full.validation.model);
    writeFileAtomic(path.resolve(io.cwd, opts.writeBaseline), baselineJson(findings), opts.force);
    io.stderr(`arch check: ${opts.lang === 'vi' ? `đã ghi baseline gồm ${findings.length} phát hiện vào` : `wrote a baseline of ${findings.length} finding(s) to`} ${opts.writeBaseline}\n`);
    return 0;
  }
  const result = opts.baseline === undefined ? full : { ...full, diagnostics: withoutBaseline(io, full, opts.baseline, path.resolve(io.cwd, dir), checkOptions, opts.lang) };
  const { format } = opts;
  if (format === 'md' || format === 'html' || format === 'json') {
    const model = result.validation.model;
    if (!model || !result.check) {
      // Nothing to report on: show why, as validate would.
      return reportDiagnostics(io, result.diagnostics, { ...opts, format: format === 'json' ? 'json' : 'stylish' }, 'arch check', root, describeRule);
    }
    const report = buildReport(model, result.validation.catalogues, result.check, result.validation.diagnostics, opts.lang, VERSION);
    // The JSON report is written in chunks: at 100k elements it is 300 MB of text.
    const pieces = format === 'json' ? streamPrettyJson(report) : [renderReport(report, format)];
    if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), pieces, opts.force);
    else for (const piece of pieces) io.stdout(piece);
    return result.diagnostics.some((d) => !d.suppression && atLeast(d.severity, opts.failOn)) ? 1 : 0;
  }
  if (format === 'junit' && result.check) {
    const xml = checkJunit(result.check, result.validation.diagnostics, { lang: opts.lang, display: displayPath(io, root), failOn: opts.failOn });
    if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), xml, opts.force);
    else io.stdout(xml);
    return result.diagnostics.some((d) => !d.suppression && atLeast(d.severity, opts.failOn)) ? 1 : 0;
  }
  return reportDiagnostics(io, result.diagnostics, { ...opts, format }, 'arch check', root, describeRule);
}

/**
 * The findings not in the baseline (a file written by --write-baseline, or the findings of a git ref), with
 * a note on stderr of how many were left out and which baseline entries no longer occur.
 */
function withoutBaseline(io: CliIO, result: CheckRepositoryResult, spec: string, repoDir: string, check: CheckOptions, lang: Lang) {
  const file = path.resolve(io.cwd, spec);
  let earlier: Map<string, { count: number; code: string; element?: string; message: string }>;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) earlier = parseBaseline(fs.readFileSync(file, 'utf8'), spec);
  else {
    const version = loadVersion('base', spec, repoDir, io.cwd, check);
    earlier = new Map([...countFingerprints(fingerprintFindings(version.diagnostics, version.model))].map(([fp, count]) => [fp, { count, code: '', message: '' }]));
  }
  const split = matchFingerprints(fingerprintFindings(result.diagnostics, result.validation.model), new Map([...earlier].map(([fp, e]) => [fp, e.count])));
  const stale = [...split.gone].reduce((n, [, c]) => n + c, 0);
  io.stderr(
    lang === 'vi'
      ? `arch check: ${split.known.length} phát hiện có trong baseline ${spec} (không hiển thị)${stale ? `; ${stale} mục baseline không còn xảy ra — cập nhật bằng --write-baseline` : ''}\n`
      : `arch check: ${split.known.length} finding(s) in the baseline ${spec} (not shown)${stale ? `; ${stale} baseline entr${stale === 1 ? 'y no longer occurs' : 'ies no longer occur'} — refresh it with --write-baseline` : ''}\n`,
  );
  for (const [fp] of [...split.gone].slice(0, 10)) {
    const e = earlier.get(fp)!;
    if (e.code) io.stderr(`  ${lang === 'vi' ? 'đã hết' : 'gone'}: ${e.code}${e.element ? ` ${e.element}` : ''} — ${e.message}\n`);
  }
  return split.fresh.map((f) => f.diagnostic);
}
