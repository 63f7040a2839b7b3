import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchitecture, generateElements, writeArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { toLikeC4 } from '../../scripts/bench/to-likec4.mjs';
import { RELATIONS } from '../../src/model/relations.js';
import { validateRepository } from '../../src/pipeline.js';

// LikeC4 itself is not run here (it is installed from npm by scripts/compare-peers.mjs only).
describe('LikeC4 converter of the synthetic architectures (scripts/bench/to-likec4.mjs)', () => {
  it('writes the exact DSL for a small hand-made model', () => {
    const elements = [
      { kind: 'org-unit', id: 'bo-y-te', name: { vi: 'Bộ Y tế', en: 'Ministry' }, description: { vi: { __folded: true, lines: ['Cơ quan', 'quản lý.'] } }, province: 'province:ha-noi' },
      { kind: 'principle', id: 'mot-lan', name: { vi: "Một lần 'khai báo'" }, description: { vi: 'Khai báo một lần.' }, owner: 'bo-y-te', satisfies: ['mot-lan'] },
      { kind: 'technology-component', id: 'may-chu', name: { vi: 'Máy chủ' }, description: { vi: 'Máy chủ ảo.' }, owner: 'bo-y-te', standards: ['std:tt39-1.11-ipv6', 'std:tt39-1.11-ipv4'] },
    ];
    const files = toLikeC4(elements, RELATIONS);
    expect([...files.keys()]).toEqual([
      'catalogues.c4',
      'elements/business/org-unit-0001.c4',
      'elements/governance/principle-0001.c4',
      'elements/technology/technology-component-0001.c4',
      'specification.c4',
    ]);
    expect(files.get('specification.c4')).toBe(
      'specification {\n  element org-unit\n  element principle\n  element technology-component\n  element catalogue\n  element province\n  element std\n}\n',
    );
    expect(files.get('catalogues.c4')).toBe(
      [
        'model {',
        "  province = catalogue 'province' {",
        "    ha-noi = province 'ha-noi'",
        '  }',
        "  std = catalogue 'std' {",
        "    tt39-1_11-ipv4 = std 'tt39-1.11-ipv4'",
        "    tt39-1_11-ipv6 = std 'tt39-1.11-ipv6'",
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(files.get('elements/business/org-unit-0001.c4')).toBe(
      ['model {', "  bo-y-te = org-unit 'Bộ Y tế' {", "    description 'Cơ quan quản lý.'", '  }', '', "  bo-y-te -> province.ha-noi 'province'", '}', ''].join('\n'),
    );
    // A reference to the element itself is left out: LikeC4 rejects such relationships.
    expect(files.get('elements/governance/principle-0001.c4')).toBe(
      ['model {', '  mot-lan = principle "Một lần \'khai báo\'" {', "    description 'Khai báo một lần.'", '  }', '', "  mot-lan -> bo-y-te 'owner'", '}', ''].join('\n'),
    );
    expect(files.get('elements/technology/technology-component-0001.c4')).toContain("  may-chu -> std.tt39-1_11-ipv6 'standards'\n  may-chu -> std.tt39-1_11-ipv4 'standards'\n");
  });

  it('carries every element and every reference arch resolves in the same generated architecture, split like the YAML files', () => {
    const opts = { entities: 300, seed: 5 };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-likec4-'));
    const yaml = generateArchitecture(opts);
    writeArchitecture(dir, yaml);
    const model = validateRepository(dir).model!;
    const c4 = toLikeC4(generateElements(opts), RELATIONS);

    const yamlFiles = [...yaml.keys()].filter((f) => f.startsWith('elements/')).map((f) => f.replace(/\.yaml$/, '.c4'));
    expect([...c4.keys()].filter((f) => f.startsWith('elements/')).sort()).toEqual(yamlFiles.sort());
    const text = [...c4].filter(([f]) => f.startsWith('elements/')).map(([, t]) => t).join('');
    const defined = [...text.matchAll(/^ {2}([\w-]+) = ([\w-]+) '[^']*' \{$/gm)].map((m) => `${m[2]} ${m[1]}`);
    expect(defined.sort()).toEqual(model.elements.map((e) => `${e.kind} ${e.id}`).sort());

    const name = (ref: string) => ref.replace(/\./g, '_').replace(':', '.');
    const expected = model.references.filter((r) => r.from !== r.to).map((r) => `${r.from} -> ${name(r.to)} '${r.field}'`);
    const relationships = [...text.matchAll(/^ {2}(\S+ -> \S+ '\w+')$/gm)].map((m) => m[1]);
    expect(relationships.sort()).toEqual(expected.sort());
    expect(relationships.length).toBeGreaterThan(4 * 300);
  });
});
