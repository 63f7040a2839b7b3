import * as path from 'node:path';
import { validateRepository } from '../../pipeline.js';
import type { CliIO } from '../io.js';
import type { CommonOptions } from '../program.js';
import { reportDiagnostics } from '../report.js';

export function runValidate(io: CliIO, dir: string, opts: CommonOptions): number {
  const result = validateRepository(path.resolve(io.cwd, dir));
  return reportDiagnostics(io, result.diagnostics, opts, 'arch validate', result.root);
}
