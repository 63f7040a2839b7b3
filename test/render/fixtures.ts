/** Repositories for the render tests: a hostile one (names that break naive Markdown/HTML) and an empty one. */
import { MANIFEST, tempRepo } from '../helpers/cli.js';

export const HOSTILE = ['a|b', 'x\n# Heading', '[x](javascript:alert(1))', '@org/team', '<img src=x onerror=alert(1)>', 'see #123 `code` *bold* _it_ ~~s~~'] as const;

const q = (s: string): string => JSON.stringify(s);

/** A 3.0 repository whose element names and texts are the hostile strings. */
export function hostileRepo(): string {
  const systems = HOSTILE.map(
    (name, i) => `  - kind: information-system
    id: he-thong-${i}
    name: {vi: ${q(name)}, en: ${q(name)}}
    status: current
    owner: don-vi-${i}
    securityLevel: 2
    securityLevelStatus: proposed`,
  ).join('\n');
  const units = HOSTILE.map(
    (name, i) => `  - kind: org-unit
    id: don-vi-${i}
    name: {vi: ${q(name)}, en: ${q(name)}}
    status: current
    unitType: vu`,
  ).join('\n');
  return tempRepo({
    'arch.yaml': `${MANIFEST}contents:
  vision: {vi: ${q(HOSTILE.join(' '))}, en: ${q(HOSTILE.join(' '))}}
`,
    'elements.yaml': `elements:\n${units}\n${systems}\n`,
  });
}

/** A valid repository with nothing but the manifest: every section must show the "to be completed" marker. */
export function emptyRepo(): string {
  return tempRepo({ 'arch.yaml': MANIFEST });
}
