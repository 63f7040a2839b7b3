/**
 * Golden conformance reports of the example ministries: `arch check --format md` (Vietnamese) and
 * `--format json` (English) compared byte for byte. After an intended change to the rules, the report
 * or an example, regenerate with `npx vitest run test/check/golden -u` and review the diff (vitest file snapshots).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = ['bo-y-te', 'bo-tttt-2015', 'bo-y-te-invalid', 'lam-dong'];
const GOLDEN = path.join(ROOT, 'test/check/__golden__');

describe('golden conformance reports of the examples', () => {
  // Assessed on the test's today (helpers/cli.ts TEST_TODAY), and the 2015 architecture also on its own date.
  const cases = [
    ...EXAMPLES.flatMap((example) => (['md', 'json'] as const).map((format) => ({ example, format, lang: format === 'md' ? 'vi' : 'en', asOf: undefined as string | undefined, name: `${example}.${format}` }))),
    { example: 'bo-tttt-2015', format: 'md' as const, lang: 'vi', asOf: '2015-12-28', name: 'bo-tttt-2015.as-of-2015-12-28.md' },
  ];
  it.each(cases)('$example --format $format --lang $lang (as of $asOf)', async ({ example, format, lang, asOf, name }) => {
    const r = await runCli(['check', `examples/${example}`, '--format', format, '--lang', lang, ...(asOf ? ['--as-of', asOf] : [])], { cwd: ROOT });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(path.join(GOLDEN, name));
  });
});
