/**
 * Issue #15 item 4: include/exclude globs match in linear time. The matcher is compared with the regular
 * expression it replaced (kept here as the reference of what each pattern means) on generated patterns and
 * paths, and run against the patterns that made that regular expression backtrack for seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/load/glob.js';

/** The previous translation of a glob into a regular expression: the meaning the matcher must keep. */
function referenceRegex(pattern: string): RegExp {
  let re = '';
  let inGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{' && !inGroup) {
      re += '(?:';
      inGroup = true;
    } else if (c === '}' && inGroup) {
      re += ')';
      inGroup = false;
    } else if (c === ',' && inGroup) re += '|';
    else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const match = (pattern: string, path: string): boolean => {
  const g = compileGlob(pattern);
  if (!g.ok) throw new Error(g.reason.en);
  return g.match(path);
};

describe('compileGlob: meaning', () => {
  it.each([
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['**/*.yaml', 'x/y/a.yml', false],
    ['elements/*.yaml', 'elements/a/b.yaml', false],
    ['elements/**', 'elements/a/b.yaml', true],
    ['a/**/b.yaml', 'a/b.yaml', true],
    ['a/**/b.yaml', 'a/x/y/b.yaml', true],
    ['a?.yaml', 'ab.yaml', true],
    ['a?.yaml', 'a/.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['{ung-dung,du-lieu}/*.yaml', 'du-lieu/x.yaml', true],
    ['{ung-dung,du-lieu}/*.yaml', 'ha-tang/x.yaml', false],
    ['exact.yaml', 'exact.yaml', true],
    ['exact.yaml', 'exact.yamlx', false],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(match(pattern, path)).toBe(expected);
    expect(referenceRegex(pattern).test(path)).toBe(expected);
  });

  it('agrees with the reference on generated patterns and paths (fast-check, fixed seed)', () => {
    const piece = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', '{a,b}', '{,a/}', '-');
    const pathChar = fc.constantFrom('a', 'b', '.', '/', '-');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.array(pathChar, { maxLength: 14 }), (pieces, chars) => {
        const pattern = pieces.join('');
        const g = compileGlob(pattern);
        if (!g.ok) return;
        const path = chars.join('');
        expect(g.match(path), `${pattern} ~ ${path}`).toBe(referenceRegex(pattern).test(path));
      }),
      { seed: 20_261_205, numRuns: 20_000 },
    );
  });

  it('refuses unclosed groups and more than 64 alternatives', () => {
    expect(compileGlob('{a,b')).toMatchObject({ ok: false, reason: { en: 'missing "}"' } });
    expect(compileGlob('{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b}/x.yaml')).toMatchObject({ ok: false, reason: { en: 'more than 64 {a,b} alternatives' } });
  });
});

describe('compileGlob: no backtracking', () => {
  // These took more than 20 s and 28 s with the regular expression. The bound only tells a hang (exponential
  // time takes minutes) from a finished match on a loaded machine; speed itself is measured by npm run bench.
  it.each([
    ['*a*a*a*a*a*a*a*a*a*a*a*c', 'a'.repeat(60)],
    ['**a**a**a**a**a**c', `${'a/'.repeat(32)}${'a'.repeat(64)}`],
    ['**/**/**/**/**/**/x', 'a/'.repeat(2000)],
  ])('%s against a hostile path ends at once, with no match', (pattern, path) => {
    const started = performance.now();
    expect(match(pattern, path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
