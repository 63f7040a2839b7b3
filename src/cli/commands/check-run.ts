import * as path from 'node:path';
import { atLeast } from '../../diagnostics/diagnostic.js';
import { checkRepository } from '../../check/check-repository.js';
import { buildReport } from '../../check/report-model.js';
import { renderReport } from '../../check/report-view.js';
import { describeRule } from '../../check/describe.js';
import { checkJunit } from '../../check/junit-report.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import type { CliIO } from '../io.js';
import { displayPath, reportDiagnostics } from '../report.js';
import { VERSION } from '../version.js';
import type { CheckCliOptions } from './check.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function runCheck(io: CliIO, dir: string, opts: CheckCliOptions): number {
  if (opts.today !== undefined && !DATE.test(opts.today)) {
    throw new InputError({ vi: `--today "${opts.today}" không phải ngày dạng YYYY-MM-DD`, en: `--today "${opts.today}" is not a date (YYYY-MM-DD)` });
  }
  const result = checkRepository(path.resolve(io.cwd, dir), { ...(opts.profile ? { profile: opts.profile } : {}), ...(opts.today ? { today: opts.today } : {}) });
  const root = result.validation.root;
  const { format } = opts;
  if (format === 'md' || format === 'html' || format === 'json') {
    const model = result.validation.model;
    if (!model || !result.check) {
      // Nothing to report on: show why, as validate would.
      return reportDiagnostics(io, result.diagnostics, { ...opts, format: format === 'json' ? 'json' : 'stylish' }, 'arch check', root, describeRule);
    }
    const report = buildReport(model, result.validation.catalogues, result.check, result.validation.diagnostics, opts.lang, VERSION);
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, format);
    if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), text, opts.force);
    else io.stdout(text);
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
