import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server.js';
import { InputError } from '../../util/errors.js';
import type { CliIO, Lang } from '../io.js';
import { today } from './dates.js';

export interface LspCliOptions {
  stdio?: boolean;
  debounce: string;
  lang: Lang;
}

/**
 * `arch lsp`: a language server on stdin/stdout until the client sends `exit` (the protocol library then ends
 * the process with 0 after `shutdown`, 1 without). Nothing else may write to stdout meanwhile.
 */
export function runLsp(io: CliIO, opts: LspCliOptions): Promise<number> {
  const debounceMs = Number(opts.debounce);
  if (!Number.isInteger(debounceMs) || debounceMs < 0 || debounceMs > 10_000) {
    throw new InputError({ vi: `--debounce "${opts.debounce}" phải là số mili giây từ 0 đến 10000`, en: `--debounce "${opts.debounce}" must be 0–10000 milliseconds` });
  }
  if (!io.stdin || !io.stdoutStream) throw new InputError({ vi: 'arch lsp cần stdin và stdout của tiến trình', en: 'arch lsp needs the process stdin and stdout' });
  const connection = createConnection(new StreamMessageReader(io.stdin), new StreamMessageWriter(io.stdoutStream));
  startServer(connection, { lang: opts.lang, check: { today: today(io.env) }, debounceMs, log: (m) => io.stderr(`${m}\n`) });
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
