/**
 * Where ids occur in a repository: each element's declaration (its `id:` value) and every reference to an
 * element or catalogue entry (reference fields of elements, waivers and responsibilities of the manifest),
 * as exact ranges of the id text. Built once per analysis, on first use.
 */
import type { Range } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { ArchitectureModel } from '../model/types.js';

export interface Occurrence {
  file: string;
  range: Range;
  id: string;
  declaration: boolean;
}

/** Narrows a located value's range to the id text itself (inside quotes, on one line). */
function exact(file: SourceFile, lines: readonly string[], path: (string | number)[], id: string): Range | undefined {
  const r = file.at(path).range;
  if (!r) return undefined;
  const line = lines[r.start.line - 1] ?? '';
  let col = line.indexOf(id, r.start.column - 1);
  if (col < 0) col = line.indexOf(id);
  if (col < 0) return undefined;
  return { start: { line: r.start.line, column: col + 1 }, end: { line: r.start.line, column: col + 1 + id.length } };
}

export class Occurrences {
  readonly all: Occurrence[] = [];
  private readonly byId = new Map<string, Occurrence[]>();

  constructor(model: ArchitectureModel) {
    const linesOf = new Map<SourceFile, string[]>();
    const add = (file: SourceFile, path: (string | number)[], id: string, declaration: boolean) => {
      let lines = linesOf.get(file);
      if (!lines) linesOf.set(file, (lines = file.text.split('\n')));
      const range = exact(file, lines, path, id);
      if (!range) return;
      const o = { file: file.path, range, id, declaration };
      this.all.push(o);
      const list = this.byId.get(id);
      if (list) list.push(o);
      else this.byId.set(id, [o]);
    };
    for (const e of model.elements) {
      const o = model.origin.get(e.id);
      if (o) add(o.file, ['elements', o.index, 'id'], e.id, true);
    }
    for (const r of model.references) {
      const o = model.origin.get(r.from);
      if (!o) continue;
      add(o.file, r.index === undefined ? ['elements', o.index, r.field] : ['elements', o.index, r.field, r.index], r.to, false);
    }
    const m = model.manifest;
    (m.waivers ?? []).forEach((w, i) => w.elements.forEach((id, j) => add(model.manifestFile, ['waivers', i, 'elements', j], id, false)));
    const resp = (m.contents?.implementation as { responsibilities?: { unit?: string }[] } | undefined)?.responsibilities ?? [];
    resp.forEach((r, i) => r.unit && add(model.manifestFile, ['contents', 'implementation', 'responsibilities', i, 'unit'], r.unit, false));
  }

  of(id: string): readonly Occurrence[] {
    return this.byId.get(id) ?? [];
  }

  declaration(id: string): Occurrence | undefined {
    return this.of(id).find((o) => o.declaration);
  }
}
