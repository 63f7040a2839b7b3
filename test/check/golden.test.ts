/**
 * Golden conformance reports of the example ministries: `arch check --format md` (Vietnamese) and
 * `--format json` (English) compared byte for byte. After an intended change to the rules, the report
 * or an example, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/check/golden` and review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = ['bo-y-te', 'bo-tttt-2015', 'bo-y-te-invalid'];
const GOLDEN = path.join(ROOT, 'test/check/__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden conformance reports of the examples', () => {
  for (const example of EXAMPLES) {
    for (const [format, lang] of [['md', 'vi'], ['json', 'en']] as const) {
      it(`${example} --format ${format} --lang ${lang}`, async () => {
        const r = await runCli(['check', `examples/${example}`, '--format', format, '--lang', lang], { cwd: ROOT });
        expect([0, 1]).toContain(r.code);
        expect(r.stderr).toBe('');
        const file = path.join(GOLDEN, `${example}.${format}`);
        if (update) {
          fs.mkdirSync(GOLDEN, { recursive: true });
          fs.writeFileSync(file, r.stdout);
        }
        expect(fs.existsSync(file), `missing ${file}: run UPDATE_GOLDEN=1 npx vitest run test/check/golden`).toBe(true);
        expect(r.stdout).toBe(fs.readFileSync(file, 'utf8'));
      });
    }
  }
});
