import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { LIMITS } from './limits.js';

export const MANIFEST = 'arch.yaml';
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const YAML_FILE = /\.ya?ml$/i;

export interface Discovered {
  /** Repository-relative `/` paths of every regular YAML file, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

const top = (file: string): Location => ({ file, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });

/**
 * Lists the YAML files below `root` without following any symlink (a symlinked YAML file is an error,
 * a symlinked folder is not entered), skipping hidden folders and node_modules; FIFOs, sockets and devices
 * named *.yaml are errors rather than hangs. Iterative, bounded by LIMITS.maxFiles.
 */
export function discoverYamlFiles(root: string): Discovered {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch (e) {
      diagnostics.push(diag('load/read-error', { path: rel || '.', reason: (e as NodeJS.ErrnoException).code ?? 'EIO' }, top(rel || '.')));
      continue;
    }
    for (const ent of entries) {
      const childRel = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!ent.name.startsWith('.') && !SKIP_DIRS.has(ent.name)) stack.push(childRel);
        continue;
      }
      if (!YAML_FILE.test(ent.name)) continue;
      if (ent.isSymbolicLink()) diagnostics.push(diag('load/symlink', { path: childRel }, top(childRel)));
      else if (!ent.isFile()) {
        const type = ent.isFIFO() ? 'FIFO' : ent.isSocket() ? 'socket' : 'device';
        diagnostics.push(diag('load/not-regular-file', { path: childRel, type }, top(childRel)));
      } else {
        files.push(childRel);
        if (files.length > LIMITS.maxFiles) {
          diagnostics.push(diag('load/too-many-files', { limit: LIMITS.maxFiles }, top(MANIFEST)));
          return { files: [], diagnostics };
        }
      }
    }
  }
  files.sort();
  diagnostics.push(...caseCollisions(files));
  return { files, diagnostics };
}

function caseCollisions(files: readonly string[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const f of files) {
    const key = f.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) out.push(diag('load/case-collision', { path: f, other }, top(f)));
    else seen.set(key, f);
  }
  return out;
}
