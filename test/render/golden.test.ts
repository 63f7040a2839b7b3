/**
 * Golden documents: the outline of every example repository, compared byte for byte with the files in
 * __golden__/ (vitest file snapshots). After an intended change, regenerate them with
 * `npx vitest run test/render/golden.test.ts -u` and review the diff like any other change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const GOLDEN = path.join(ROOT, 'test/render/__golden__');
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
    await expect(r.stdout).toMatchFileSnapshot(path.join(GOLDEN, `${ex}.${lang}.${format}`));
  });
});
