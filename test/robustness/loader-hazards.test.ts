/**
 * Loader-level checks of ROBUSTNESS.md §7 A and D that the CLI corpus cannot see: exact boundaries of the
 * limits, the data that accepted hazards produce, repeated deep parses in one process, and the file reader
 * on special files (in-process, so a hang or a crash would take the test runner down with it).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverYamlFiles } from '../../src/load/discover.js';
import { LIMITS } from '../../src/load/limits.js';
import { readTextFile } from '../../src/load/read-file.js';
import { parseYamlSafe } from '../../src/load/yaml-safe.js';
import { BAD, tempDir, write } from './harness.js';

const codes = (text: string) => parseYamlSafe('a.yaml', text).diagnostics.map((d) => `${d.location!.range!.start.line}:${d.location!.range!.start.column} ${d.code}`);

describe('loader limits at their exact boundaries', () => {
  it(`depth ${LIMITS.maxDepth} is accepted, ${LIMITS.maxDepth + 1} is not — and ten 2,000-deep parses in one process survive`, () => {
    expect(parseYamlSafe('a.yaml', '['.repeat(64) + ']'.repeat(64)).value).toBeDefined();
    expect(codes('['.repeat(65) + ']'.repeat(65))).toEqual(['1:65 yaml/too-deep']);
    for (let i = 0; i < 10; i++) expect(codes('['.repeat(2000) + ']'.repeat(2000))).toEqual(['1:65 yaml/too-deep']);
  });

  it(`${LIMITS.maxEntriesPerCollection} entries are accepted, one more is not`, () => {
    const map = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n');
    expect(Object.keys(parseYamlSafe('a.yaml', map(20_000)).value as object)).toHaveLength(20_000);
    expect(codes(map(20_001))).toEqual(['1:1 yaml/too-many-entries']);
  });

  it(`a ${LIMITS.maxScalarChars}-character string is accepted, one more character is not`, () => {
    expect(parseYamlSafe('a.yaml', `a: ${'x'.repeat(65_536)}`).value).toEqual({ a: 'x'.repeat(65_536) });
    expect(codes(`a: ${'x'.repeat(65_537)}`)).toEqual(['1:4 yaml/scalar-too-long']);
  });
});

describe('what accepted hazards turn into', () => {
  it('A14 a rejected __proto__ key pollutes nothing', () => {
    expect(parseYamlSafe('a.yaml', 'x: {__proto__: {polluted: true}}\n').value).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('A18 YAML 1.2 core typing: 1.10 → 1.1, 010 → 10, 1_000 → "1_000", 12:30 → "12:30", no → "no"', () => {
    expect(parseYamlSafe('a.yaml', 'version: 1.10\nport: 010\nsize: 1_000\ntime: 12:30\ncountry: no\n').value).toEqual({ version: 1.1, port: 10, size: '1_000', time: '12:30', country: 'no' });
  });

  it('A29 a BOM and CRLF give the same data as LF without BOM', () => {
    const lf = fs.readFileSync(path.join(BAD, 'A29-bom-crlf/b.yaml'), 'utf8');
    const crlf = fs.readFileSync(path.join(BAD, 'A29-bom-crlf/a.yaml'), 'utf8');
    expect(crlf.startsWith('\ufeff') && crlf.includes('\r\n')).toBe(true);
    expect(JSON.stringify(parseYamlSafe('a.yaml', crlf).value).replace('cuc-cntt"', 'cuc-cntt-2"')).toBe(JSON.stringify(parseYamlSafe('b.yaml', lf).value));
  });

  it('A35/A36 bidi characters warn but keep the value; U+0085, U+2028, U+2029 are kept verbatim', () => {
    const bidi = parseYamlSafe('a.yaml', 'name: "admin\\u202E"\n');
    expect(bidi.value).toEqual({ name: 'admin\u202e' });
    expect(bidi.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning yaml/bidi']);
    expect(parseYamlSafe('a.yaml', 'name: "a\\Nb\\Lc\\Pd"\n').value).toEqual({ name: 'a\u0085b\u2028c\u2029d' });
  });
});

describe('the file reader and discovery on special files (D54–D56)', () => {
  it('a FIFO is refused without blocking; a symlink is refused; a device is refused', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    fs.symlinkSync('/etc/hostname', path.join(dir, 'link.yaml'));
    const fifo = readTextFile(path.join(dir, 'fifo.yaml'), 'fifo.yaml');
    expect(fifo.ok ? '' : fifo.diagnostic.message.en).toBe('fifo.yaml is not a regular file (FIFO)');
    const link = readTextFile(path.join(dir, 'link.yaml'), 'link.yaml');
    expect(link.ok ? '' : link.diagnostic.code).toBe('load/symlink');
    const dev = readTextFile('/dev/zero', 'zero.yaml');
    expect(dev.ok ? '' : dev.diagnostic.message.en).toBe('zero.yaml is not a regular file (device)');
  });

  it('a file of exactly the size limit is read; one byte more is refused', () => {
    const dir = tempDir();
    write(dir, 'max.yaml', Buffer.alloc(LIMITS.maxFileBytes, 0x61));
    write(dir, 'over.yaml', Buffer.alloc(LIMITS.maxFileBytes + 1, 0x61));
    expect(readTextFile(path.join(dir, 'max.yaml'), 'max.yaml').ok).toBe(true);
    const over = readTextFile(path.join(dir, 'over.yaml'), 'over.yaml');
    expect(over.ok ? '' : over.diagnostic.code).toBe('load/file-too-large');
  });

  it('discovery does not enter folder symlinks (a loop, a link outside) and lists each real file once, sorted', () => {
    const dir = tempDir();
    write(dir, 'b/x.yaml', 'a: 1\n');
    write(dir, 'a/y.yml', 'a: 1\n');
    fs.symlinkSync('..', path.join(dir, 'a/up'));
    fs.symlinkSync('/etc', path.join(dir, 'a/etc'));
    write(dir, '.git/config.yaml', 'a: 1\n');
    write(dir, 'node_modules/p/x.yaml', 'a: 1\n');
    expect(discoverYamlFiles(dir)).toEqual({ files: ['a/y.yml', 'b/x.yaml'], diagnostics: [] });
  });
});
