/**
 * The shape of the code: data flows one way between the pipeline's folders, and no two modules import each
 * other. Reads every `import … from './x.js'` of src/ (type-only imports too: a cycle of types is still a
 * cycle a reader has to untangle).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module → the modules it imports (relative imports only), as paths relative to src/ without extension. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const key = (p: string) => path.relative(SRC, p).replace(/\.(ts|js)$/, '');
  for (const file of sourceFiles(SRC)) {
    const targets = new Set<string>();
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) targets.add(key(path.resolve(path.dirname(file), m[1]!)));
    graph.set(key(file), targets);
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan, recursive: the module graph is small). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort();
}

describe('imports', () => {
  const graph = importGraph();

  it('no folder of src/ imports a folder that imports it back', () => {
    const top = (m: string) => (m.includes('/') ? m.slice(0, m.indexOf('/')) : '.');
    const folders = new Map<string, Set<string>>();
    for (const [from, tos] of graph) for (const to of tos) if (top(from) !== top(to)) (folders.get(top(from)) ?? folders.set(top(from), new Set()).get(top(from))!).add(top(to));
    expect(cycles(folders)).toEqual([]);
  });

  it('no module imports one that imports it back', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('sees the imports it checks (the pipeline reads load, schema and model)', () => {
    expect([...graph.get('pipeline')!].sort()).toEqual(expect.arrayContaining(['load/load-repository', 'schema/validate', 'model/build-model']));
  });
});
