/**
 * Which repositories a portfolio holds: every folder with an arch.yaml below a portfolio folder (not looking
 * inside a repository once found, nor into hidden folders or node_modules), or the lines of a list file —
 * one folder per line, relative to the list file, `#` starting a comment.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { MANIFEST } from '../load/discover.js';
import { InputError } from '../util/errors.js';
import type { RepoSpec } from './types.js';

const MAX_DEPTH = 4;
const MAX_REPOS = 2000;

export interface Discovered {
  repos: RepoSpec[];
  diagnostics: Diagnostic[];
}

const slash = (p: string) => p.split(path.sep).join('/');

function scanFolder(root: string): RepoSpec[] {
  const repos: RepoSpec[] = [];
  const walk = (dir: string, depth: number) => {
    if (repos.length > MAX_REPOS) return;
    if (fs.existsSync(path.join(dir, MANIFEST))) {
      repos.push({ path: dir, label: slash(path.relative(root, dir)) || '.' });
      return;
    }
    if (depth >= MAX_DEPTH) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(path.join(dir, e.name), depth + 1);
    }
  };
  walk(root, 0);
  return repos;
}

function readList(file: string, text: string): Discovered {
  const base = path.dirname(file);
  const repos: RepoSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  const rel = path.basename(file);
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const at = { file: rel, range: { start: { line: i + 1, column: raw.indexOf(line) + 1 }, end: { line: i + 1, column: raw.indexOf(line) + 1 + line.length } } };
    if (/[\u0000-\u001f]/.test(line)) {
      diagnostics.push(diag('portfolio/bad-list-line', { detail: 'control character' }, at));
      return;
    }
    const dir = path.resolve(base, line);
    if (!fs.existsSync(path.join(dir, MANIFEST))) {
      diagnostics.push(diag('portfolio/no-repository', { path: line }, at));
      return;
    }
    repos.push({ path: dir, label: line.replace(/\/+$/, '') });
  });
  return { repos, diagnostics };
}

/** The repositories of a portfolio folder or list file; throws InputError when the input cannot be read. */
export function discoverPortfolio(input: string): Discovered {
  let st: fs.Stats;
  try {
    st = fs.statSync(input);
  } catch (e) {
    throw new InputError({ vi: `Không đọc được ${input} (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`, en: `Cannot read ${input} (${(e as NodeJS.ErrnoException).code ?? 'EIO'})` });
  }
  if (st.isDirectory()) {
    const repos = scanFolder(input);
    if (repos.length === 0) throw new InputError({ vi: `Thư mục ${input} không chứa kho kiến trúc nào (thư mục có arch.yaml)`, en: `${input} holds no architecture repository (a folder with arch.yaml)` });
    if (repos.length > MAX_REPOS) throw new InputError({ vi: `${input} chứa hơn ${MAX_REPOS} kho`, en: `${input} holds more than ${MAX_REPOS} repositories` });
    return { repos, diagnostics: [] };
  }
  if (!st.isFile() || st.size > 1024 * 1024) throw new InputError({ vi: `${input} không phải thư mục hay tệp danh sách kho`, en: `${input} is neither a folder nor a repository list file` });
  return readList(input, fs.readFileSync(input, 'utf8'));
}
