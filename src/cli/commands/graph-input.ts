/**
 * Shared by `arch graph`, `arch impact` and `arch export`: validate the repository, keep going on the valid
 * part, and tell the user (on stderr) how many errors were left out; also id lookup with "did you mean".
 */
import { graphOf } from '../../graph/graph-of.js';
import * as path from 'node:path';
import type { ArchitectureGraph } from '../../graph/types.js';
import type { ArchitectureModel } from '../../model/types.js';
import { validateRepository } from '../../pipeline.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { closest } from '../../util/suggest.js';
import type { CliIO, Lang } from '../io.js';

export interface GraphInput {
  model: ArchitectureModel;
  graph: ArchitectureGraph;
  /** Exit code so far: 1 when validation reported errors. */
  exit: number;
}

/** Validates `dir`; returns undefined (after printing why) when there is no model at all. */
export function loadGraph(io: CliIO, dir: string, lang: Lang, command: string): GraphInput | undefined {
  const result = validateRepository(path.resolve(io.cwd, dir));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.stderr(
      lang === 'vi'
        ? `arch ${command}: kho có ${errors} lỗi; ${result.model ? 'kết quả chỉ gồm phần hợp lệ' : 'không dựng được mô hình'} — chạy \`arch validate ${dir}\` để xem chi tiết\n`
        : `arch ${command}: the repository has ${errors} error${errors === 1 ? '' : 's'}; ${result.model ? 'the output covers the valid part only' : 'no model could be built'} — run \`arch validate ${dir}\` for details\n`,
    );
  }
  if (!result.model) return undefined;
  return { model: result.model, graph: graphOf(result.model, result.catalogues), exit: errors > 0 ? 1 : 0 };
}

/** Throws a usage error when `id` is not a node of the graph, suggesting the closest id. */
export function requireNode(graph: ArchitectureGraph, id: string, option: string): void {
  if (graph.byId.has(id)) return;
  const guess = closest(id, graph.byId.keys());
  throw new InputError({
    vi: `Không có phần tử "${id}" (${option})${guess ? ` — có phải "${guess}"?` : ''}`,
    en: `No element "${id}" (${option})${guess ? ` — did you mean "${guess}"?` : ''}`,
  });
}

/** Parses a --depth value: a non-negative integer. */
export function parseDepth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value)) throw new InputError({ vi: `--depth phải là số nguyên không âm, không phải "${value}"`, en: `--depth must be a non-negative integer, not "${value}"` });
  return Number(value);
}

/** Writes to --output atomically (refusing foreign files unless --force), or to stdout; `text` may come in pieces. */
export function emit(io: CliIO, text: string | Iterable<string>, output: string | undefined, force: boolean | undefined): void {
  if (output) writeFileAtomic(path.resolve(io.cwd, output), text, force);
  else if (typeof text === 'string') io.stdout(text);
  else for (const piece of text) io.stdout(piece);
}
