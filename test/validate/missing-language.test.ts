/**
 * `languages: [vi, en]` declares English documents: every text without its English version is reported once per
 * element (and once for the manifest's contents), at the first such text, naming them all; without `en` among the
 * languages nothing is said.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo, MANIFEST } from '../helpers/cli.js';

const ELEMENTS = `elements:
  - kind: org-unit
    id: bo
    name: {vi: "Bộ", en: "Ministry"}
    status: current
  - kind: information-system
    id: ht-1
    name: {vi: "Hệ thống một"}
    description:
      vi: "Mô tả"
    status: current
    owner: bo
    uses: [national:ndxp]
`;
const CONTENTS = `contents:
  vision: {vi: "Tầm nhìn", en: "Vision"}
  objectives:
    - {id: mt-1, text: {vi: "Mục tiêu", en: "Objective"}, kpi: {vi: "Chỉ số"}}
`;

describe('texts missing a declared language', () => {
  it('are reported per element and for the manifest, with every field named, when en is declared', async () => {
    const dir = tempRepo({ 'arch.yaml': `${MANIFEST}languages: [vi, en]\n${CONTENTS}`, 'elements.yaml': ELEMENTS });
    const r = await runCli(['validate', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('model/missing-language'))).toEqual([
      expect.stringMatching(/arch\.yaml:8:64 +info +arch\.yaml has no English text for: contents\.objectives\[0\]\.kpi +model\/missing-language$/),
      expect.stringMatching(/elements\.yaml:8:11 +info +Information system "ht-1" has no English text for: name, description +model\/missing-language$/),
    ]);
  });

  it('are not reported when the documents are Vietnamese only', async () => {
    const dir = tempRepo({ 'arch.yaml': `${MANIFEST}languages: [vi]\n${CONTENTS}`, 'elements.yaml': ELEMENTS });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('✔ No problems found.\n');
  });
});
