/**
 * ROBUSTNESS.md §4.3 and §7 rows 65–66: atomic, marker-guarded writes. Failures are injected at every step
 * of a write (open, write, fsync, rename) through a wrapped node:fs; after each one the old file is intact
 * and no temp file is left. The -o paths of the CLI are checked through the built binary.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { cleanupPendingWrites } from '../../src/util/pending-writes.js';
import { GENERATED_MARKER } from '../../src/util/generated-file.js';
import { checkWritable, writeFileAtomic, writeFully } from '../../src/util/safe-write.js';
import { expectNoCrash, repoWith, tempDir, tempFiles, validate } from './harness.js';

/** The fs function that fails next (with this errno code), and what safe-write was doing when it failed. */
const inject: { fn?: string; code?: string; calls: string[] } = { calls: [] };

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const wrap =
    <A extends unknown[], R>(name: string, f: (...a: A) => R) =>
    (...args: A): R => {
      inject.calls.push(name);
      if (inject.fn === name) {
        inject.fn = undefined;
        throw Object.assign(new Error(`${inject.code}: injected failure in ${name}`), { code: inject.code });
      }
      return f(...args);
    };
  const mocked = { ...real, openSync: wrap('openSync', real.openSync), writeSync: wrap('writeSync', real.writeSync as (...a: unknown[]) => number), fsyncSync: wrap('fsyncSync', real.fsyncSync), renameSync: wrap('renameSync', real.renameSync), closeSync: wrap('closeSync', real.closeSync) };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  inject.fn = undefined;
  inject.calls = [];
});

const OLD = `<!-- ${GENERATED_MARKER} -->\nold report\n`;
const NEW = `<!-- ${GENERATED_MARKER} -->\nnew report\n`;

describe('writeFileAtomic: temp file in the same folder, then rename', () => {
  it('writes through a same-folder temp file (open wx, write, fsync, close, rename, fsync the folder) and leaves no temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.md');
    writeFileAtomic(file, NEW);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(inject.calls).toEqual(['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'openSync', 'fsyncSync', 'closeSync']);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
  });

  for (const [fn, code] of [
    ['openSync', 'EACCES'],
    ['writeSync', 'ENOSPC'],
    ['fsyncSync', 'EIO'],
    ['renameSync', 'EXDEV'],
  ] as const) {
    it(`${code} in ${fn}: the old file is intact, no temp file is left, and the error is a plain InputError`, () => {
      const dir = tempDir();
      const file = path.join(dir, 'report.md');
      fs.writeFileSync(file, OLD);
      inject.fn = fn;
      inject.code = code;
      // The first openSync is the marker check of the existing file; fail the temp file's open instead.
      if (fn === 'openSync') inject.calls = [];
      let error: unknown;
      try {
        if (fn === 'openSync') writeWithSecondOpenFailing(file);
        else writeFileAtomic(file, NEW);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).localized.en).toMatch(new RegExp(`^cannot write ${file}: ${code}, \\S`));
      expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
      expect(fs.readdirSync(dir)).toEqual(['report.md']);
    });
  }

  it('cleanupPendingWrites (the SIGINT/SIGTERM handler) has nothing left to remove after a failed write', () => {
    const dir = tempDir();
    inject.fn = 'renameSync';
    inject.code = 'EXDEV';
    expect(() => writeFileAtomic(path.join(dir, 'a.json'), '{}')).toThrow(InputError);
    cleanupPendingWrites();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

/** Lets the marker check's open succeed and fails the temp file's open (the second openSync). */
function writeWithSecondOpenFailing(file: string): void {
  const code = inject.code;
  inject.fn = undefined;
  checkWritable(file, false);
  inject.fn = 'openSync';
  inject.code = code;
  writeFileAtomic(file, NEW, true);
}

describe('writeFully: a short write is never published as success', () => {
  it('loops until every byte is written when the writer returns fewer bytes than asked', () => {
    const got: number[] = [];
    const data = Buffer.from('0123456789');
    writeFully(7, data, (_fd, buf, offset, length) => {
      const n = Math.min(3, length);
      got.push(...buf.subarray(offset, offset + n));
      return n;
    });
    expect(Buffer.from(got).toString()).toBe('0123456789');
  });

  it('fails (never loops forever) when the writer makes no progress, and writeFileAtomic keeps the old file', () => {
    expect(() => writeFully(7, Buffer.from('abc'), () => 0)).toThrow(/short write/);
    const dir = tempDir();
    const file = path.join(dir, 'g.svg');
    fs.writeFileSync(file, OLD);
    let calls = 0;
    expect(() => writeFileAtomic(file, NEW.repeat(1000), false, (fd, buf, offset, length) => (++calls === 1 ? fs.writeSync(fd, buf, offset, Math.min(length, 100)) : 0))).toThrow(/^cannot write \S*g\.svg: EIO, /);
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir)).toEqual(['g.svg']);
  });
});

describe('checkWritable: never clobber a file arch did not write', () => {
  it('refuses a file without the marker unless forced; the file is untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.md');
    fs.writeFileSync(file, '# my own notes\n');
    expect(() => writeFileAtomic(file, NEW)).toThrow(/exists and was not generated by arch; use --force to overwrite it/);
    expect(fs.readFileSync(file, 'utf8')).toBe('# my own notes\n');
    writeFileAtomic(file, NEW, true);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    // Now it carries the marker: the next run may replace it without --force.
    writeFileAtomic(file, OLD);
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
  });

  it('recognises only arch\'s own header: a comment line at the top, the JSON producer or $comment, the ZIP comment, the catalogue tail', () => {
    const dir = tempDir();
    const ours: Record<string, string> = {
      'page.html': `<!DOCTYPE html>\n<!-- ${GENERATED_MARKER}: generated file -->\n<html></html>\n`,
      'graph.dot': `// ${GENERATED_MARKER}\ndigraph g {}\n`,
      'graph.mmd': `flowchart LR\n  %% ${GENERATED_MARKER}\n`,
      'report.json': `${JSON.stringify({ tool: { name: 'arch', version: '0.1.0' } }, null, 2)}\n`,
      'check.json': `${JSON.stringify({ generator: { name: 'arch', version: '0.1.0' } }, null, 2)}\n`,
      'graph.json': `${JSON.stringify({ $comment: GENERATED_MARKER, nodes: [] }, null, 2)}\n`,
      'schema.json': `${JSON.stringify({ $schema: 'x', $id: 'y', $comment: `${GENERATED_MARKER} 0.1.0`, type: 'object' }, null, 2)}\n`,
      'report.sarif': `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver: { name: 'arch' } } }] }, null, 2)}\n`,
      'catalog.txt': `national\n  a  A\n(${GENERATED_MARKER} 0.1.0)\n`,
    };
    for (const [name, text] of Object.entries(ours)) {
      fs.writeFileSync(path.join(dir, name), text);
      expect(() => checkWritable(path.join(dir, name), false), name).not.toThrow();
    }
  });

  it('hostile look-alikes that merely mention the marker are the user\'s files', () => {
    const dir = tempDir();
    const theirs: Record<string, string> = {
      'index.html': '<!DOCTYPE html>\n<html><body><p>Not generated by arch!</p></body></html>\n',
      'late.html': `<html>\n<body>\n<p>hi</p>\n<!-- ${GENERATED_MARKER} -->\n</body></html>\n`,
      'tail.html': `${'x'.repeat(200_000)}\n<!-- ${GENERATED_MARKER} -->\n`,
      'quoted.md': `# Notes\nThis file is not "${GENERATED_MARKER}".\n`,
      'inline.md': `text <!-- ${GENERATED_MARKER} -->\n`,
      'nested.json': `${JSON.stringify({ data: { $comment: GENERATED_MARKER, tool: { name: 'arch' } } }, null, 2)}\n`,
      'value.json': `${JSON.stringify({ note: 'generated by arch' }, null, 2)}\n`,
      'compact.sarif': JSON.stringify({ runs: [{ tool: { driver: { name: 'arch' } } }] }),
      'catalog.txt': `(${GENERATED_MARKER} 0.1.0)\nmy own list\n`,
      'fake.docx': `PK\u0003\u0004 not a zip but says ${GENERATED_MARKER}`,
    };
    for (const [name, text] of Object.entries(theirs)) {
      fs.writeFileSync(path.join(dir, name), text);
      expect(() => checkWritable(path.join(dir, name), false), name).toThrow(/was not generated by arch; use --force/);
    }
  });

  it('a package.json of a package named "arch" is not mistaken for a generated file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'package.json');
    fs.writeFileSync(file, JSON.stringify({ name: 'arch', version: '1.0.0' }, null, 2));
    expect(() => checkWritable(file, false)).toThrow(/was not generated by arch/);
  });

  it('refuses a symlinked target even with force, and a folder; the link target is untouched', () => {
    const dir = tempDir();
    const outside = path.join(tempDir(), 'victim.txt');
    fs.writeFileSync(outside, `precious <!-- ${GENERATED_MARKER} -->`);
    fs.symlinkSync(outside, path.join(dir, 'report.md'));
    expect(() => writeFileAtomic(path.join(dir, 'report.md'), NEW, true)).toThrow(/is a symbolic link; arch does not write through symlinks/);
    expect(fs.readFileSync(outside, 'utf8')).toBe(`precious <!-- ${GENERATED_MARKER} -->`);
    fs.mkdirSync(path.join(dir, 'folder.md'));
    expect(() => writeFileAtomic(path.join(dir, 'folder.md'), NEW, true)).toThrow(/is not a regular file/);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('the CLI -o paths (built binary)', () => {
  it('refuses to overwrite a user file (exit 2, file untouched), overwrites with --force, then re-runs freely', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    fs.writeFileSync(path.join(repo, 'report.json'), '{"mine": true}\n');
    const refused = validate(repo, ['--format', 'json', '-o', 'report.json']);
    expectNoCrash(refused);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/report\.json exists and was not generated by arch; use --force to overwrite it\n$/);
    expect(fs.readFileSync(path.join(repo, 'report.json'), 'utf8')).toBe('{"mine": true}\n');
    expect(validate(repo, ['--format', 'json', '-o', 'report.json', '--force']).code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'report.json'), 'utf8'))).toMatchObject({ summary: { error: 1 } });
    expect(validate(repo, ['--format', 'sarif', '-o', 'report.json']).code).toBe(1);
    expect(tempFiles(repo)).toEqual([]);
  });

  it('-o through a symlink, into a missing folder, onto a folder: exit 2 with one line, nothing written', () => {
    const repo = repoWith({ 'a.yaml': 'a: [\n' });
    const victim = path.join(tempDir(), 'victim.json');
    fs.writeFileSync(victim, '{"tool": {"name": "arch"}}');
    fs.symlinkSync(victim, path.join(repo, 'link.json'));
    fs.mkdirSync(path.join(repo, 'dir.json'));
    for (const [target, message] of [
      ['link.json', /link\.json is a symbolic link; arch does not write through symlinks\n$/],
      ['missing/out.json', /cannot write \S*missing\/out\.json: ENOENT, no such file or folder\n$/],
      ['dir.json', /dir\.json is not a regular file\n$/],
    ] as const) {
      const r = validate(repo, ['--format', 'json', '-o', target, '--force']);
      expectNoCrash(r);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('{"tool": {"name": "arch"}}');
    expect(tempFiles(repo)).toEqual([]);
  });
});
