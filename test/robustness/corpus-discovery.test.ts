/**
 * ROBUSTNESS.md §7 D (rows 50–59): includes and discovery. Our manifest selects files with `include` /
 * `exclude` glob patterns (there is no `!include` tag: see row A22), so the include-path rows apply to
 * those patterns, and the symlink / special-file rows to what discovery finds in the folder.
 * Outside the repository sits a "trap": a folder whose files would produce findings if arch ever read them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/load/glob.js';
import { BIN, MANIFEST, spawnCli, type CliResult } from '../helpers/cli.js';
import { UNIT, expectFindings, expectNoCrash, repoFromFixture, repoWith, tempDir, validate, write } from './harness.js';

/** A folder outside every repository, holding files that would be findings if read. */
function trap(): string {
  const dir = tempDir('arch-trap-');
  write(dir, 'x.yaml', 'a: [unclosed\n');
  write(dir, 'secrets.yaml', 'elements:\n  - {kind: org-unit, id: cuc-cntt, name: {vi: "trùng"}, status: current}\n');
  write(dir, 'passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  return dir;
}

const servers: net.Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe('ROBUSTNESS §7 D: include patterns (built CLI, one process per row)', () => {
  it('D50 include: ../../../etc/passwd — rejected at the pattern, nothing outside is read', () => {
    const r = validate(repoFromFixture('D50-include-parent'));
    expectFindings(r, 1, ['arch.yaml:6:5 error load/include-invalid']);
    expect(r.stderr).toContain('leaves the repository ("..")');
  });

  it('D51 sibling-prefix escapes ../repo-evil/x.yaml and elements/../../repo-evil/*.yaml — rejected', () => {
    // A sibling folder whose name starts like the repository's: a startsWith() check would accept it.
    const repo = repoFromFixture('D51-include-sibling-prefix');
    fs.mkdirSync(`${repo}-evil`);
    write(`${repo}-evil`, 'x.yaml', 'a: [unclosed\n');
    const r = validate(repo);
    expectFindings(r, 1, ['arch.yaml:6:5 error load/include-invalid', 'arch.yaml:7:5 error load/include-invalid']);
  });

  it('D52 /etc/passwd, C:\\Windows\\win.ini, C:foo, file:///, https:// — rejected before any file or network access', () => {
    const r = validate(repoFromFixture('D52-include-absolute-url'));
    expectFindings(r, 1, [
      'arch.yaml:6:5 error load/include-invalid',
      'arch.yaml:7:5 error load/include-invalid',
      'arch.yaml:7:5 error schema/pattern',
      'arch.yaml:8:5 error load/include-invalid',
      'arch.yaml:8:5 error schema/pattern',
      'arch.yaml:9:5 error load/include-invalid',
      'arch.yaml:9:5 error schema/pattern',
      'arch.yaml:10:5 error load/include-invalid',
      'arch.yaml:10:5 error schema/pattern',
    ]);
    expect(r.stderr).toContain('"/etc/passwd" is not allowed: absolute path');
    expect(r.stderr).toContain('"https://evil.example/x.yaml" is not allowed: not a file path');
  });

  it('D53 UNC \\\\attacker\\share, //attacker/share and \\\\?\\ device paths — rejected (no NTLM leak)', () => {
    const r = validate(repoFromFixture('D53-include-unc'));
    expectFindings(r, 1, [
      'arch.yaml:6:5 error load/include-invalid',
      'arch.yaml:6:5 error schema/pattern',
      'arch.yaml:7:5 error load/include-invalid',
      'arch.yaml:8:5 error load/include-invalid',
      'arch.yaml:8:5 error schema/pattern',
    ]);
  });

  it('D50–D53 the glob compiler rejects every escaping or non-path pattern, including NUL, lexically', () => {
    for (const p of ['../x.yaml', 'a/../../x.yaml', '..', '/etc/passwd', '//host/share/x.yaml', '\\\\host\\share\\x.yaml', 'C:\\x.yaml', 'C:x.yaml', 'c:/x.yaml', 'file:///etc/passwd', 'https://evil/x.yaml', 'a\0b.yaml', '', 'x'.repeat(201)]) {
      expect(compileGlob(p).ok, p).toBe(false);
    }
    const ok = compileGlob('elements/**/*.{yaml,yml}');
    expect(ok.ok && ok.match('elements/a/b/c.yml')).toBe(true);
  });
});

describe('ROBUSTNESS §7 D: discovery of symlinks and special files (built CLI)', () => {
  it('D54 arch/link.yaml -> /etc/passwd-like file and arch/s.yaml -> ../../secrets: load/symlink, never read', () => {
    const outside = trap();
    const repo = repoWith({ 'arch/units.yaml': UNIT });
    fs.symlinkSync(path.join(outside, 'passwd'), path.join(repo, 'arch/link.yaml'));
    fs.symlinkSync(path.relative(path.join(repo, 'arch'), path.join(outside, 'secrets.yaml')), path.join(repo, 'arch/s.yaml'));
    const r = validate(repo);
    expectFindings(r, 1, ['arch/link.yaml:1:1 error load/symlink', 'arch/s.yaml:1:1 error load/symlink']);
    expect(r.stderr).toContain('arch/link.yaml is a symbolic link; arch does not follow symlinks');
  });

  it('D54 a symlinked manifest is refused too', () => {
    const outside = trap();
    const repo = tempDir();
    write(outside, 'arch.yaml', MANIFEST);
    fs.symlinkSync(path.join(outside, 'arch.yaml'), path.join(repo, 'arch.yaml'));
    expectFindings(validate(repo), 1, ['arch.yaml:1:1 error load/symlink']);
  });

  it('D55 folder symlinks a/up -> .. (loop) and a/etc -> outside: not entered; each real file found once', () => {
    const outside = trap();
    const repo = repoWith({ 'a/units.yaml': UNIT });
    fs.symlinkSync('..', path.join(repo, 'a/up'));
    fs.symlinkSync(outside, path.join(repo, 'a/etc'));
    // Were either followed, units.yaml would be read twice (duplicate id) or the trap's files would be findings.
    expectFindings(validate(repo), 0, []);
  });

  it('D56 a FIFO, a socket and a /dev/zero link named *.yaml: "not a regular file" or "symlink", no hang', () => {
    const repo = repoWith({ 'units.yaml': UNIT });
    execFileSync('mkfifo', [path.join(repo, 'fifo.yaml')]);
    const server = net.createServer().listen(path.join(repo, 'socket.yaml'));
    servers.push(server);
    fs.symlinkSync('/dev/zero', path.join(repo, 'zero.yaml'));
    // A folder named like a YAML file is just a folder: its files are found.
    write(repo, 'folder.yaml/more.yaml', UNIT.replace('cuc-cntt', 'cuc-khac'));
    return new Promise<void>((resolve) => server.on('listening', resolve)).then(() => {
      const r = validate(repo);
      expectFindings(r, 1, ['fifo.yaml:1:1 error load/not-regular-file', 'socket.yaml:1:1 error load/not-regular-file', 'zero.yaml:1:1 error load/symlink']);
      expect(r.stderr).toContain('fifo.yaml is not a regular file (FIFO)');
      expect(r.stderr).toContain('socket.yaml is not a regular file (socket)');
    });
  });

  it('D57 more than 20,000 YAML files: load/too-many-files, no OOM', () => {
    const repo = repoWith({});
    for (let d = 0; d < 21; d++) {
      const dir = path.join(repo, `d${d}`);
      fs.mkdirSync(dir);
      for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `f${i}.yaml`), 'a: 1\n');
    }
    const r = validate(repo);
    expectFindings(r, 1, ['arch.yaml:1:1 error load/too-many-files']);
    expect(r.stderr).toContain('more than 20000 YAML files');
  });

  it('D58 include matching nothing: a warning at the pattern; exit 0', () => {
    const repo = repoWith({ 'arch/units.yaml': UNIT });
    fs.appendFileSync(path.join(repo, 'arch.yaml'), 'include:\n  - "arch/*.yaml"\n  - "missing/*.yaml"\n');
    const r = validate(repo);
    expectFindings(r, 0, ['arch.yaml:6:5 warning load/include-no-match']);
  });

  it('D58 EACCES on a file and on a folder, ELOOP on a self-loop: load/read-error / load/symlink, exit 1, no stack trace', () => {
    const repo = repoWith({ 'units.yaml': UNIT, 'secret.yaml': UNIT.replace('cuc-cntt', 'cuc-x'), 'locked/inner.yaml': 'a: 1\n' });
    fs.chmodSync(path.join(repo, 'secret.yaml'), 0o000);
    fs.chmodSync(path.join(repo, 'locked'), 0o000);
    fs.symlinkSync('loop.yaml', path.join(repo, 'loop.yaml'));
    // root reads anything: run as an unprivileged user when the tests run as root.
    const r = spawnUnprivileged(repo);
    expectFindings(r, 1, ['locked:1:1 error load/read-error', 'loop.yaml:1:1 error load/symlink', 'secret.yaml:1:1 error load/read-error']);
    expect(r.stderr).toContain('Cannot read secret.yaml: EACCES');
    expect(r.stderr).toContain('Cannot read locked: EACCES');
  });

  it('D58 a missing repository folder or manifest: one line on stderr, exit 2', () => {
    const missing = spawnCli(['validate', 'nope'], { cwd: tempDir() });
    expectNoCrash(missing);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^arch: No such folder: \S*nope\n$/);
    const empty = validate(tempDir());
    expectNoCrash(empty);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^arch: \S+ is not an architecture repository: no arch\.yaml manifest here or in any parent folder\. Run `arch init \S+ --ministry <code>` to scaffold a repository, or point at the folder that holds arch\.yaml\.\n$/);
  });

  it('D59 Api.yaml + api.yaml and NFC vs NFD café.yaml: portability warnings, deterministic order', () => {
    const repo = repoWith({
      'Api.yaml': UNIT.replace('cuc-cntt', 'api-a'),
      'api.yaml': UNIT.replace('cuc-cntt', 'api-b'),
      ['caf\u00e9.yaml']: UNIT.replace('cuc-cntt', 'cafe-nfc'),
      ['cafe\u0301.yaml']: UNIT.replace('cuc-cntt', 'cafe-nfd'),
    });
    const first = validate(repo);
    // Paths sort by code unit: `Api` < `api`, NFD `cafe\u0301` < NFC `caf\u00e9`; the later one is flagged.
    expectFindings(first, 0, ['api.yaml:1:1 warning load/case-collision', 'caf\u00e9.yaml:1:1 warning load/case-collision']);
    expect(validate(repo).stderr).toBe(first.stderr);
  });
});

/** Runs `arch validate .` as user nobody when we are root (permissions do not bind root). */
function spawnUnprivileged(repo: string): CliResult {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    for (const f of fs.readdirSync(repo)) if (!['secret.yaml', 'locked', 'loop.yaml'].includes(f)) fs.chmodSync(path.join(repo, f), 0o755);
  }
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, 'validate', '.'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' },
    encoding: 'utf8',
    timeout: 90_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}
