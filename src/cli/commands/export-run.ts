import { archimatePieces } from '../../export/archimate/index.js';
import type { CliIO } from '../io.js';
import { emit, loadGraph } from './graph-input.js';
import type { Lang } from '../io.js';

export interface ExportOptions {
  output?: string;
  force?: boolean;
  lang: Lang;
}

export function runExportArchimate(io: CliIO, dir: string, opts: ExportOptions): number {
  const input = loadGraph(io, dir, opts.lang, 'export archimate');
  if (!input) return 1;
  emit(io, archimatePieces(input.model, input.graph, { lang: opts.lang }), opts.output, opts.force);
  return input.exit;
}
