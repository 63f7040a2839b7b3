import * as fs from 'node:fs';
import * as path from 'node:path';
import { atLeast, type Severity } from '../../diagnostics/diagnostic.js';
import { stylish } from '../../format/stylish.js';
import { runPortfolio } from '../../portfolio/run.js';
import type { PortfolioResult } from '../../portfolio/types.js';
import { renderPortfolio, type PortfolioFormat } from '../../render/portfolio/index.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { defaultLang, useColor, type CliIO, type Lang } from '../io.js';
import { describeCode } from '../report.js';
import { VERSION } from '../version.js';
import { templatesDirOf } from './outline-run.js';
import { assessmentOptions } from './dates.js';

export interface PortfolioCliOptions {
  format: PortfolioFormat;
  output?: string;
  lang: Lang;
  compare?: string;
  jobs?: string;
  progress?: boolean;
  failOn: Severity;
  force?: boolean;
  templates?: string;
  asOf?: string;
}

function readPrevious(io: CliIO, file: string): Pick<PortfolioResult, 'repos'> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(path.resolve(io.cwd, file), 'utf8'));
  } catch (e) {
    throw new InputError({ vi: `--compare ${file}: không đọc được JSON (${(e as Error).message})`, en: `--compare ${file}: cannot read it as JSON (${(e as Error).message})` });
  }
  const repos = (data as { repos?: unknown }).repos;
  if (!Array.isArray(repos)) throw new InputError({ vi: `--compare ${file}: không phải kết quả \`arch portfolio --format json\``, en: `--compare ${file}: not an \`arch portfolio --format json\` result` });
  return { repos: repos as PortfolioResult['repos'] };
}

/**
 * `arch portfolio`: reads every repository (each with its own profile and date), rolls them up and writes
 * the result; the portfolio's own problems (failed repositories, duplicate agencies, unresolved cross-agency
 * references) go to stderr too. Exit 1 when a finding or problem reaches --fail-on.
 */
export async function runPortfolioCommand(io: CliIO, input: string, opts: PortfolioCliOptions): Promise<number> {
  const msg = defaultLang(io.env);
  if ((opts.format === 'xlsx' || opts.format === 'docx') && !opts.output) {
    throw new InputError({ vi: `--format ${opts.format} cần -o <tệp> (không ghi tệp nhị phân ra stdout)`, en: `--format ${opts.format} needs -o <file> (binary output is not written to stdout)` });
  }
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0 || jobs > 64)) throw new InputError({ vi: `--jobs "${opts.jobs}" phải là số nguyên 0–64`, en: `--jobs "${opts.jobs}" must be an integer 0–64` });
  const previous = opts.compare ? readPrevious(io, opts.compare) : undefined;
  const showProgress = opts.progress ?? io.stderrIsTTY;
  const abs = path.resolve(io.cwd, input);
  const result = await runPortfolio(abs, {
    check: assessmentOptions(io.env, opts),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(previous ? { previous } : {}),
    ...(showProgress ? { progress: (done: number, total: number, label: string) => io.stderr(`${msg === 'vi' ? 'đã đọc' : 'read'} ${done}/${total} ${label}\n`) } : {}),
  });
  const out = await renderPortfolio(result, opts.format, opts.lang, `arch ${VERSION}`, templatesDirOf(io, opts.templates));
  if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), out, opts.force);
  else io.stdout(typeof out === 'string' ? out : '');
  // The portfolio's own problems, with file:line:col, for the person at the terminal.
  const base = fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
  if (result.diagnostics.length) {
    for (const piece of stylish(result.diagnostics, { lang: msg, color: useColor(io, io.stderrIsTTY), display: (f) => path.relative(io.cwd, path.join(base, f)).split(path.sep).join('/') || f, toolVersion: VERSION, describe: (c) => describeCode(c), command: 'arch portfolio' })) io.stderr(piece);
  }
  const failing = [...result.diagnostics.map((d) => d.severity), ...result.findings.map((f) => f.severity)].some((s) => atLeast(s, opts.failOn));
  return failing ? 1 : 0;
}
