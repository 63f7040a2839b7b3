import { InputError } from '../../util/errors.js';
import type { CliIO } from '../io.js';

/** A `--date` option value: a real calendar day written YYYY-MM-DD, else a usage error. */
export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) {
    throw new InputError({ vi: `Ngày "${value}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2025-03-25`, en: `Invalid date "${value}"; write it as YYYY-MM-DD, e.g. 2025-03-25` });
  }
  return value;
}

/**
 * The assessment date options of `arch check` and `arch diff`: `--as-of` pins it (`--today`, its old name, is
 * still read); otherwise the check takes the manifest's `assessment.asOf`, then today's date from the clock.
 */
export function assessmentOptions(env: CliIO['env'], opts: { asOf?: string; today?: string }): { asOf?: string; today: string } {
  const pinned = opts.asOf ?? opts.today;
  return { ...(pinned !== undefined ? { asOf: parseDateOption(pinned) } : {}), today: today(env) };
}

/** Today's date (UTC), or ARCH_TODAY when set (for reproducible runs). */
export function today(env: CliIO['env']): string {
  const fixed = env.ARCH_TODAY;
  if (fixed !== undefined && fixed !== '') return parseDateOption(fixed);
  return new Date().toISOString().slice(0, 10);
}
