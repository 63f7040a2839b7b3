import { toArchimate } from '../../export/archimate/index.js';
import type { CliIO } from '../io.js';
import type { ExportOptions } from './export.js';
import { emit, loadGraph } from './graph-input.js';

export function runExportArchimate(io: CliIO, dir: string, opts: ExportOptions): number {
  const input = loadGraph(io, dir, opts.lang, 'export archimate');
  if (!input) return 1;
  emit(io, toArchimate(input.model, input.graph, { lang: opts.lang }), opts.output, opts.force);
  return input.exit;
}
