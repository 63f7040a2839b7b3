/**
 * Golden conformance reports of the example ministries: `arch check --format md` (Vietnamese) and
 * `--format json` (English) compared byte for byte. After an intended change to the rules, the report
 * or an example, regenerate with `npx vitest run test/check/golden -u` and review the diff (vitest file snapshots).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = ['bo-y-te', 'bo-tttt-2015', 'bo-y-te-invalid'];
const GOLDEN = path.join(ROOT, 'test/check/__golden__');

describe('golden conformance reports of the examples', () => {
  for (const example of EXAMPLES) {
    for (const [format, lang] of [['md', 'vi'], ['json', 'en']] as const) {
      it(`${example} --format ${format} --lang ${lang}`, async () => {
        const r = await runCli(['check', `examples/${example}`, '--format', format, '--lang', lang], { cwd: ROOT });
        expect([0, 1]).toContain(r.code);
        expect(r.stderr).toBe('');
        await expect(r.stdout).toMatchFileSnapshot(path.join(GOLDEN, `${example}.${format}`));
      });
    }
  }
});
