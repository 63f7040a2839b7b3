/**
 * ROBUSTNESS.md §7 A (rows 1–36): YAML syntax and data model. Each row runs the built CLI as a separate
 * process (memory- and time-bounded by spawnCli) on a repository holding the fixture of
 * test/fixtures/bad/, and asserts the exact exit code and every finding's file:line:col, severity and code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFindings, expectNoCrash, findings, lines, repoFromFixture, repoWith, validate } from './harness.js';

interface Row {
  row: string;
  fixture: string;
  exit: number;
  expected: string[];
  /** Text that must appear in the stylish output (message details, hints). */
  mentions?: string[];
}

const ROWS: Row[] = [
  { row: 'A2 self-referencing alias', fixture: 'A02-self-alias.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/anchor', 'a.yaml:1:8 error yaml/alias', 'a.yaml:2:4 error yaml/anchor', 'a.yaml:2:11 error yaml/alias'] },
  { row: 'A3 undefined and forward aliases', fixture: 'A03-undefined-alias.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/alias', 'a.yaml:2:4 error yaml/alias', 'a.yaml:3:4 error yaml/anchor'], mentions: ['YAML aliases (*nope) are not allowed'] },
  { row: 'A11 duplicate key', fixture: 'A11-duplicate-key.yaml', exit: 1, expected: ['a.yaml:2:1 error yaml/duplicate-key'], mentions: ['Duplicate key "name" (first declared at line 1)'] },
  { row: 'A12 1 vs "1", true vs "true"', fixture: 'A12-key-type-collision.yaml', exit: 1, expected: ['a.yaml:2:1 error yaml/duplicate-key', 'a.yaml:4:1 error yaml/duplicate-key'], mentions: ['Duplicate key "1" (first declared at line 1)', 'Duplicate key "true" (first declared at line 3)'] },
  { row: 'A13 complex keys', fixture: 'A13-complex-keys', exit: 1, expected: ['block.yaml:1:3 error yaml/syntax', 'flow.yaml:1:1 error yaml/syntax'], mentions: ['NON_STRING_KEY'] },
  { row: 'A14 __proto__, constructor, prototype keys', fixture: 'A14-prototype-keys.yaml', exit: 1, expected: ['a.yaml:1:5 error yaml/forbidden-key', 'a.yaml:2:1 error yaml/forbidden-key', 'a.yaml:3:1 error yaml/forbidden-key'] },
  { row: 'A15 merge keys', fixture: 'A15-merge-keys.yaml', exit: 1, expected: ['a.yaml:2:3 error yaml/merge-key', 'a.yaml:4:3 error yaml/merge-key'], mentions: ['Merge keys ("<<") are not supported'] },
  { row: 'A16 %YAML 1.1', fixture: 'A16-yaml-1.1.yaml', exit: 1, expected: ['a.yaml:1:1 error yaml/version'] },
  { row: 'A17 yes/off where a boolean is expected', fixture: 'A17-yes-no-booleans', exit: 1, expected: ['a.yaml:11:21 error schema/type', 'a.yaml:17:21 error schema/type'], mentions: ['YAML 1.2: booleans are only true/false'] },
  { row: 'A18 version: 1.10 is a number under YAML 1.2', fixture: 'A18-yaml-1.2-numbers', exit: 1, expected: ['arch.yaml:3:25 error schema/type'], mentions: ['The value must be string (got number)'] },
  { row: 'A19 unsafe integer literal', fixture: 'A19-unsafe-integer.yaml', exit: 1, expected: ['a.yaml:1:5 error yaml/bad-number'], mentions: ['Quote it'] },
  { row: 'A20 .inf / .nan / -.Inf', fixture: 'A20-non-finite.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/bad-number', 'a.yaml:2:4 error yaml/bad-number', 'a.yaml:3:4 error yaml/bad-number'] },
  { row: 'A21 language tags', fixture: 'A21-language-tags.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/tag', 'a.yaml:2:4 error yaml/tag'], mentions: ['!!python/object/apply:os.system'] },
  { row: 'A22 !include tag', fixture: 'A22-include-tag.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/tag'], mentions: ['YAML tag !include is not allowed'] },
  { row: 'A23 YAML 1.1 known tags', fixture: 'A23-known-tags.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/tag', 'a.yaml:2:4 error yaml/tag', 'a.yaml:3:4 error yaml/tag', 'a.yaml:4:4 error yaml/tag'] },
  { row: 'A24 multiple documents', fixture: 'A24-multiple-docs.yaml', exit: 1, expected: ['a.yaml:2:1 error yaml/multiple-docs'] },
  { row: 'A25 empty, comments only, ~, --- alone', fixture: 'A25-empty', exit: 1, expected: ['comments.yaml:1:1 error yaml/empty', 'dashes.yaml:1:1 error yaml/empty', 'empty.yaml:1:1 error yaml/empty', 'tilde.yaml:1:1 error yaml/empty'] },
  { row: 'A26 tab indentation', fixture: 'A26-tab-indent.yaml', exit: 1, expected: ['a.yaml:2:1 error yaml/syntax'], mentions: ['TAB_AS_INDENT'] },
  { row: 'A27 unterminated quote, unclosed bracket, bad indentation', fixture: 'A27-syntax', exit: 1, expected: ['bracket.yaml:2:1 error yaml/syntax', 'indent.yaml:3:1 error yaml/syntax', 'quote.yaml:2:1 error yaml/syntax'], mentions: ['MISSING_CHAR', 'BAD_INDENT'] },
  { row: 'A28 %FOO and %YAML 2.0 directives', fixture: 'A28-directives', exit: 1, expected: ['foo.yaml:1:1 error yaml/syntax', 'yaml20.yaml:1:1 error yaml/version'], mentions: ['Unknown directive %FOO'] },
  { row: 'A29 BOM and CRLF: same findings at the same positions as LF without BOM', fixture: 'A29-bom-crlf', exit: 1, expected: ['a.yaml:6:5 error schema/unknown-property', 'b.yaml:6:5 error schema/unknown-property'] },
  { row: 'A30 UTF-16 LE/BE and UTF-32 BE', fixture: 'A30-utf16', exit: 1, expected: ['be.yaml:1:1 error load/bad-encoding', 'le.yaml:1:1 error load/bad-encoding', 'utf32be.yaml:1:1 error load/bad-encoding'], mentions: ['UTF-16/UTF-32 byte-order mark'] },
  { row: 'A31 invalid UTF-8 (C3 28)', fixture: 'A31-invalid-utf8.yaml', exit: 1, expected: ['a.yaml:2:5 error load/bad-encoding'], mentions: ['invalid byte sequence at byte 9'] },
  { row: 'A32 raw NUL byte', fixture: 'A32-nul-byte.yaml', exit: 1, expected: ['a.yaml:2:5 error load/bad-char'], mentions: ['U+0000'] },
  { row: 'A33 ESC / NUL escapes in values', fixture: 'A33-escapes.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/bad-char', 'a.yaml:2:4 error yaml/bad-char', 'a.yaml:3:4 error yaml/bad-char'], mentions: ['U+001B', 'U+0000'] },
  { row: 'A34 lone surrogate', fixture: 'A34-lone-surrogate.yaml', exit: 1, expected: ['a.yaml:1:4 error yaml/bad-char'], mentions: ['lone surrogate U+D800'] },
  { row: 'A35 bidi override and zero-width space in names: warnings with positions', fixture: 'A35-bidi', exit: 0, expected: ['a.yaml:4:16 warning yaml/bidi', 'a.yaml:4:35 warning yaml/bidi'], mentions: ['U+202E', 'U+200B'] },
  { row: 'A36 \\N \\L \\P in names: allowed by policy', fixture: 'A36-line-separators', exit: 0, expected: [] },
];

describe('ROBUSTNESS §7 A: YAML syntax and data model (built CLI, one process per row)', () => {
  for (const row of ROWS) {
    it(row.row, () => {
      const r = validate(repoFromFixture(row.fixture));
      expectFindings(r, row.exit, row.expected);
      for (const m of row.mentions ?? []) expect(r.stderr).toContain(m);
    });
  }

  it('A1 billion laughs (<1 KB, 9 levels): every anchor and alias is an error with its position; nothing is expanded', () => {
    const r = validate(repoFromFixture('A01-billion-laughs.yaml'));
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const got = lines(r);
    // 9 anchors (one per line, column 4) and 8 × 9 aliases, sorted by position.
    expect(got.filter((l) => l.endsWith('yaml/anchor'))).toEqual(Array.from({ length: 9 }, (_, i) => `a.yaml:${i + 1}:4 error yaml/anchor`));
    expect(got.filter((l) => l.endsWith('yaml/alias'))).toHaveLength(72);
    expect(got[0]).toBe('a.yaml:1:4 error yaml/anchor');
    expect(got[1]).toBe('a.yaml:2:4 error yaml/anchor');
    expect(got[2]).toBe('a.yaml:2:8 error yaml/alias');
  });

  it('A4 benign heavy reuse (200 *defaults): the policy error at every use, with its position', () => {
    const r = validate(repoFromFixture('A04-heavy-alias-reuse.yaml'));
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const got = lines(r);
    // The human format shows 200 findings per file and says how many more there are.
    expect(got).toHaveLength(201);
    expect(got[0]).toBe('a.yaml:1:11 error yaml/anchor');
    expect(got[1]).toBe('a.yaml:2:5 error yaml/alias');
    expect(got[199]).toBe('a.yaml:200:7 error yaml/alias');
    expect(got[200]).toBe('a.yaml info output/truncated');
    expect(r.stderr).toContain('1 more findings in this file are not shown');
    expect(r.stderr).toContain('Repeat the value instead of referring to an alias');
    const all = validate(repoFromFixture('A04-heavy-alias-reuse.yaml'), ['--format', 'json']);
    const found = JSON.parse(all.stdout).diagnostics as { code: string; range: { start: { line: number; column: number } } }[];
    expect(found).toHaveLength(201);
    expect(found.at(-1)).toMatchObject({ code: 'yaml/alias', range: { start: { line: 201, column: 7 } } });
  });

  it('A5 [[[…]]] 2,000 deep, twice in one run: yaml/too-deep at the 65th bracket in both files; the process survives', () => {
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    const r = validate(repoWith({ 'a.yaml': deep, 'b.yaml': deep }));
    // maxDepth is 64: the 65th nested collection starts at column 65 and is the first one too deep.
    expectFindings(r, 1, ['a.yaml:1:65 error yaml/too-deep', 'b.yaml:1:65 error yaml/too-deep']);
    expect(r.stderr).toContain('Nesting is deeper than 64 levels');
  });

  it('A5 boundary: 64 levels are within the limit (the file reaches the schema stage)', () => {
    const r = validate(repoWith({ 'a.yaml': '['.repeat(64) + ']'.repeat(64) }));
    expectFindings(r, 1, ['a.yaml:1:1 error schema/type']);
  });

  it('A6 70 levels of block indentation: yaml/too-deep with line:col', () => {
    const text = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' x\n';
    expectFindings(validate(repoWith({ 'a.yaml': text })), 1, ['a.yaml:65:129 error yaml/too-deep']);
  });

  it('A7 a flat mapping with 50,000 keys: yaml/too-many-entries (no quadratic duplicate check)', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n';
    const r = validate(repoWith({ 'a.yaml': text }));
    expectFindings(r, 1, ['a.yaml:1:1 error yaml/too-many-entries']);
    expect(r.stderr).toContain('more than 20000 entries');
  });

  it('A8 4 MiB + 1 byte, and a 50 MB single line: load/file-too-large from fstat, before reading', () => {
    const dir = repoWith({ 'a.yaml': Buffer.alloc(4 * 1024 * 1024 + 1, 0x61) });
    // A sparse 50 MB file: only its size is ever looked at.
    const fd = fs.openSync(path.join(dir, 'b.yaml'), 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024);
    fs.closeSync(fd);
    const r = validate(dir);
    expectFindings(r, 1, ['a.yaml:1:1 error load/file-too-large', 'b.yaml:1:1 error load/file-too-large']);
    expect(r.stderr).toContain('File is 4194305 bytes, over the 4194304-byte limit');
    expect(r.stderr).toContain('File is 52428800 bytes');
  });

  it('A9 a 100 KB scalar: yaml/scalar-too-long', () => {
    const r = validate(repoWith({ 'a.yaml': `a: ${'x'.repeat(100 * 1024)}\n` }));
    expectFindings(r, 1, ['a.yaml:1:4 error yaml/scalar-too-long']);
    expect(r.stderr).toContain('102400 characters long, over the 65536 limit');
  });

  it('A10 an implicit key longer than 1024 characters: KEY_OVER_1024_CHARS with position', () => {
    const r = validate(repoWith({ 'a.yaml': `${'k'.repeat(1100)}: 1\n` }));
    expectFindings(r, 1, ['a.yaml:1:1 error yaml/syntax']);
    expect(r.stderr).toContain('KEY_OVER_1024_CHARS');
  });

  it('A29 BOM + CRLF gives byte-identical messages to the LF copy (same line:col)', () => {
    const r = validate(repoFromFixture('A29-bom-crlf'));
    const [a, b] = findings(r.stderr);
    expect(a!.where.replace('a.yaml', 'x')).toBe(b!.where.replace('b.yaml', 'x'));
  });

  it('A33 terminal output never carries a raw ESC from the input', () => {
    // The escape is reported; the value never reaches the terminal. Run with colour off: no ESC at all.
    const r = validate(repoFromFixture('A33-escapes.yaml'));
    expect(r.stderr).not.toContain('\u001b');
  });
});
