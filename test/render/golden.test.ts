/**
 * Golden documents: the outline of every example repository, compared byte for byte with the files in
 * __golden__/. After an intended change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts`
 * and review the diff like any other change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const GOLDEN = path.join(ROOT, 'test/render/__golden__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const examples = fs
  .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(ROOT, 'examples', e.name, 'arch.yaml')))
  .map((e) => e.name)
  .sort();

const cases = examples.flatMap((ex) => [
  { ex, format: 'md', lang: 'vi' },
  { ex, format: 'md', lang: 'en' },
  { ex, format: 'html', lang: 'vi' },
]);

describe('golden outlines', () => {
  it('cover every example', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(cases)('$ex: $format ($lang)', async ({ ex, format, lang }) => {
    const r = await runCli(['outline', `examples/${ex}`, '--format', format, '--lang', lang], { env: { ARCH_LANG: 'en' } });
    expect(r.stdout.length).toBeGreaterThan(1000);
    const file = path.join(GOLDEN, `${ex}.${lang}.${format}`);
    if (UPDATE) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(file, r.stdout);
    }
    expect(fs.existsSync(file), `missing golden ${path.relative(ROOT, file)}: run UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts`).toBe(true);
    const golden = fs.readFileSync(file, 'utf8');
    if (golden !== r.stdout) {
      // Point at the first differing line rather than dumping two large documents.
      const a = golden.split('\n');
      const b = r.stdout.split('\n');
      const i = a.findIndex((line, n) => line !== b[n]);
      expect.fail(`${path.relative(ROOT, file)} differs at line ${i + 1}:\n- ${a[i]}\n+ ${b[i]}\n(regenerate with UPDATE_GOLDEN=1 if the change is intended)`);
    }
  });
});
