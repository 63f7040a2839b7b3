import { MANIFEST, tempRepo } from '../helpers/cli.js';

/** A small repository with one mistake of each model/schema family, at known positions. */
export function brokenRepo(): string {
  return tempRepo({
    'arch.yaml': MANIFEST,
    'units.yaml': `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục Công nghệ thông tin"}
    status: current
    unitType: cuc
`,
    'systems.yaml': `elements:
  - kind: information-system
    id: httt-tthc
    name: {vi: "Hệ thống thông tin giải quyết TTHC"}
    owner: cuc-cnt
    status: current
    securityLevel: 7
    uses: [national:ndxpp]
    colour: red
  - kind: information-system
    id: cuc-cntt
    name: {vi: "Trùng id"}
    owner: cuc-cntt
    status: current
`,
  });
}

export function cleanRepo(): string {
  return tempRepo({
    'arch.yaml': MANIFEST,
    'units.yaml': `elements:
  - kind: org-unit
    id: cuc-cntt
    name: {vi: "Cục Công nghệ thông tin", en: "IT Department"}
    status: current
    unitType: cuc
`,
  });
}
