import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { InputError } from '../util/errors.js';
import { MANIFEST, discoverYamlFiles } from './discover.js';
import { parseYaml } from './fast-parse.js';
import { compileGlob } from './glob.js';
import { LIMITS } from './limits.js';
import { readTextFile, type ReadResult } from './read-file.js';
import { SourceFile } from './source-file.js';
import type { ParsedYaml } from './yaml-safe.js';

export interface LoadedRepository {
  root: string;
  /** The parsed manifest; absent when arch.yaml could not be parsed. */
  manifest?: SourceFile;
  /** Element files that parsed cleanly, sorted by path. */
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
const ELEMENTS_KEY = /^elements\s*:/m;

type Reader = (rel: string) => ReadResult;

function loadOne(read: Reader, rel: string, diagnostics: Diagnostic[]): SourceFile | undefined {
  const got = read(rel);
  if (!got.ok) {
    diagnostics.push(got.diagnostic);
    return undefined;
  }
  const parsed = parseYaml(rel, got.text);
  diagnostics.push(...parsed.diagnostics);
  return parsed.value === undefined ? undefined : new SourceFile(rel, got.text, parsed.value, false, parsed.spans);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

export interface ParseInput {
  rel: string;
  text: string;
}

/** A parsed file, with the schema stage's verdict when it was already reached (see src/per-file/). */
export interface ParsedFile extends ParsedYaml {
  /** True when the element-file schema already accepted the value; the schema stage then skips the file. */
  schemaValid?: boolean;
}

export interface LoadOptions {
  /** Parses the element files, in input order (default: one by one on this thread). */
  parse?: (inputs: ParseInput[]) => ParsedFile[];
  /**
   * Text of a file that differs from the disk (an editor's unsaved buffer, see src/lsp/); undefined reads the
   * file as usual. Discovery still lists the files on disk.
   */
  overlay?: (rel: string) => string | undefined;
}

const parseSerially = (inputs: ParseInput[]): ParsedFile[] => inputs.map((f) => parseYaml(f.rel, f.text));

const hasManifest = (dir: string): boolean => {
  const p = path.join(dir, MANIFEST);
  return fs.existsSync(p) || isSymlink(p);
};

/**
 * The repository a folder belongs to, as git finds its own: the folder itself when it holds arch.yaml, else the
 * nearest parent that does. The search stops at the top of a git work tree (a folder holding `.git`) and at the
 * file-system root, so a stray arch.yaml above the project is never picked up.
 */
function findRepositoryRoot(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (hasManifest(dir)) return dir;
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}

/** Reads the manifest and every file it includes. User mistakes become diagnostics; only a missing folder throws. */
export function loadRepository(rootArg: string, opts: LoadOptions = {}): LoadedRepository {
  let root = path.resolve(rootArg);
  let st: fs.Stats;
  try {
    st = fs.statSync(root);
  } catch {
    throw new InputError({ vi: `Không tìm thấy thư mục ${rootArg}`, en: `No such folder: ${rootArg}` });
  }
  if (!st.isDirectory()) throw new InputError({ vi: `${rootArg} không phải thư mục`, en: `${rootArg} is not a folder` });
  const diagnostics: Diagnostic[] = [];
  const read: Reader = (rel) => {
    const text = opts.overlay?.(rel);
    return text === undefined ? readTextFile(path.join(root, rel), rel) : { ok: true, text, bytes: Buffer.byteLength(text) };
  };
  const repoRoot = findRepositoryRoot(root);
  if (!repoRoot) {
    const d = diag('load/no-manifest', { dir: rootArg });
    throw new InputError({ vi: `${d.message.vi}. ${d.hint!.vi}`, en: `${d.message.en}. ${d.hint!.en}` });
  }
  root = repoRoot;
  const manifest = loadOne(read, MANIFEST, diagnostics);
  if (!manifest) return { root, files: [], diagnostics };

  const m = (manifest.value ?? {}) as Record<string, unknown>;
  const compile = (key: 'include' | 'exclude', patterns: string[]) =>
    patterns.map((p, i) => {
      const g = compileGlob(p);
      if (!g.ok) diagnostics.push(diag('load/include-invalid', { pattern: p, reason: g.reason.en }, manifest.at([key, i])));
      return g.ok ? g.match : undefined;
    });
  const includePatterns = stringList(m.include) ?? DEFAULT_INCLUDE;
  const include = compile('include', includePatterns);
  const exclude = compile('exclude', stringList(m.exclude) ?? []);

  const found = discoverYamlFiles(root);
  diagnostics.push(...found.diagnostics);
  const hits = new Array<number>(include.length).fill(0);
  const selected: string[] = [];
  for (const rel of found.files) {
    if (rel === MANIFEST) continue;
    let matched = false;
    include.forEach((match, i) => {
      if (match?.(rel)) {
        matched = true;
        hits[i]!++;
      }
    });
    if (matched && !exclude.some((match) => match?.(rel))) selected.push(rel);
    else if (matched === false || exclude.some((match) => match?.(rel))) {
      const r = read(rel);
      if (r.ok && ELEMENTS_KEY.test(r.text)) diagnostics.push(diag('load/not-included', { path: rel }, { file: rel, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }));
    }
  }
  if (m.include !== undefined) {
    hits.forEach((n, i) => {
      if (n === 0 && include[i]) diagnostics.push(diag('load/include-no-match', { pattern: includePatterns[i]! }, manifest.at(['include', i])));
    });
  }

  // Read every file first (cheap), then parse them all at once: in worker threads when there are many.
  const inputs: ParseInput[] = [];
  let total = 0;
  for (const rel of selected) {
    const r = read(rel);
    if (!r.ok) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    total += r.text.length;
    if (total > LIMITS.maxTotalBytes) {
      diagnostics.push(diag('load/total-too-large', { limit: LIMITS.maxTotalBytes }, manifest.at([])));
      break;
    }
    inputs.push({ rel, text: r.text });
  }
  const files: SourceFile[] = [];
  (opts.parse ?? parseSerially)(inputs).forEach((parsed, i) => {
    const { rel, text } = inputs[i]!;
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value !== undefined) files.push(new SourceFile(rel, text, parsed.value, parsed.schemaValid === true, parsed.spans));
  });
  return { root, manifest, files, diagnostics };
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
