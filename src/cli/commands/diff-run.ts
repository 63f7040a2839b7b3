import * as path from 'node:path';
import { describeRule } from '../../check/describe.js';
import { atLeast, type Severity } from '../../diagnostics/diagnostic.js';
import { compareVersions, type ArchitectureDiff, type Version } from '../../diff/compare.js';
import { asIsToBeVersions } from '../../diff/as-is-to-be.js';
import { transitionOf } from '../../model/transition.js';
import type { CheckOptions } from '../../check/run-rules.js';
import { loadBoth, loadVersion, WORKING_TREE } from '../../diff/versions.js';
import { stylish } from '../../format/stylish.js';
import { FORMATTERS } from '../../format/index.js';
import { renderDiff } from '../../render/diff/index.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { useColor, type CliIO, type Lang } from '../io.js';
import { describeCode, displayPath } from '../report.js';
import { VERSION } from '../version.js';
import { assessmentOptions } from './dates.js';

export interface DiffCliOptions {
  base?: string;
  head?: string;
  asIsToBe?: boolean;
  format: 'md' | 'html' | 'json' | 'sarif';
  output?: string;
  failOnNew?: Severity;
  asOf?: string;
  /** The old name of --as-of, still accepted. */
  today?: string;
  lang: Lang;
  force?: boolean;
}

/** A version without a model cannot be compared: show its diagnostics, labelled with the version, and stop. */
function requireModel(io: CliIO, v: Version, side: 'base' | 'head', lang: Lang): void {
  if (v.model) return;
  const ctx = { lang, color: useColor(io, io.stderrIsTTY), display: (f: string) => f, toolVersion: VERSION, describe: (c: string) => describeCode(c, describeRule), command: 'arch diff' };
  io.stderr(lang === 'vi' ? `arch diff: phiên bản ${side === 'base' ? 'gốc' : 'mới'} ${v.label}:\n` : `arch diff: the ${side} version ${v.label}:\n`);
  for (const piece of stylish(v.diagnostics.filter((d) => d.severity === 'error'), ctx)) io.stderr(piece);
  throw new InputError({ vi: `không dựng được mô hình của phiên bản ${side === 'base' ? 'gốc' : 'mới'} ${v.label}; sửa các lỗi trên`, en: `no model could be built for the ${side} version ${v.label}; fix the errors above` });
}

async function versionsDiff(io: CliIO, repoDir: string, opts: DiffCliOptions, check: CheckOptions): Promise<ArchitectureDiff> {
  const { base, head } = await loadBoth({ spec: opts.base, repoDir, cwd: io.cwd, check }, { spec: opts.head, repoDir, cwd: io.cwd, check });
  requireModel(io, base, 'base', opts.lang);
  requireModel(io, head, 'head', opts.lang);
  return compareVersions(base, head);
}

/** One version (--head, default the working tree), its current architecture against its target. */
function asIsToBeDiff(io: CliIO, repoDir: string, opts: DiffCliOptions, check: CheckOptions): ArchitectureDiff {
  if (opts.base !== undefined) throw new InputError({ vi: '--as-is-to-be so sánh trong một phiên bản; bỏ --base (dùng --head để chọn phiên bản)', en: '--as-is-to-be compares within one version; drop --base (use --head to choose the version)' });
  const version = loadVersion('head', opts.head, repoDir, io.cwd, check);
  requireModel(io, version, 'head', opts.lang);
  const where = version.label === WORKING_TREE ? (opts.lang === 'vi' ? 'thư mục làm việc' : 'working tree') : version.label;
  const labels = opts.lang === 'vi' ? { asIs: `${where}: hiện trạng`, toBe: `${where}: mục tiêu` } : { asIs: `${where}: current (as-is)`, toBe: `${where}: target (to-be)` };
  const { base, head } = asIsToBeVersions(version.model!, version.graph!, labels);
  return { ...compareVersions(base, head), transition: transitionOf(version.model!) };
}

/**
 * `arch diff`: check both versions on the same date, compare them, print the result. Exit 1 when
 * --fail-on-new is given and an introduced finding reaches it; 2 on bad input (unknown ref, no model).
 */
export async function runDiff(io: CliIO, dir: string, opts: DiffCliOptions): Promise<number> {
  const repoDir = path.resolve(io.cwd, dir);
  const check = assessmentOptions(io.env, opts);
  const diff = opts.asIsToBe ? asIsToBeDiff(io, repoDir, opts, check) : await versionsDiff(io, repoDir, opts, check);
  const introduced = diff.findings.introduced.map((f) => f.diagnostic);
  const pieces =
    opts.format === 'sarif'
      ? FORMATTERS.sarif(introduced, { lang: opts.lang, color: false, display: displayPath(io, repoDir), toolVersion: VERSION, describe: (c) => describeCode(c, describeRule), command: 'arch diff', baselineState: 'new' })
      : [renderDiff(diff, opts.format, opts.lang, `arch ${VERSION}`)];
  if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), pieces, opts.force);
  else for (const piece of pieces) io.stdout(piece);
  const threshold = opts.failOnNew;
  return threshold && introduced.some((d) => !d.suppression && atLeast(d.severity, threshold)) ? 1 : 0;
}
