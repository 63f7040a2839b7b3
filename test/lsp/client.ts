/**
 * A real LSP client for the tests: `arch lsp --stdio` spawned as a process and driven over stdio with
 * vscode-jsonrpc (the protocol library VS Code's own language client is built on).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN } from '../helpers/cli.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: { fix?: string };
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private waiters: { uri: string; ok: (d: LspDiagnostic[]) => boolean; resolve: (d: LspDiagnostic[]) => void }[] = [];
  stderr = '';
  private versions = new Map<string, number>();

  constructor(
    readonly root: string,
    args: string[] = [],
  ) {
    this.proc = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...args], { env: { PATH: process.env.PATH ?? '', ARCH_LANG: 'en' } });
    this.proc.stderr.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.ok(p.diagnostics)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, rel)).href;
  }

  async initialize(locale = 'en'): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: pathToFileURL(this.root).href, capabilities: {}, locale });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  /** Resolves with the next diagnostics published for the file that satisfy `ok` (or the current ones). */
  diagnosticsFor(rel: string, ok: (d: LspDiagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<LspDiagnostic[]> {
    const uri = this.uri(rel);
    const now = this.diagnostics.get(uri);
    if (now && ok(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${rel} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, ok, resolve: (d) => (clearTimeout(t), resolve(d)) });
    });
  }

  async open(rel: string, text = fs.readFileSync(path.join(this.root, rel), 'utf8')): Promise<string> {
    this.versions.set(rel, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId: 'yaml', version: 1, text } });
    return text;
  }

  async change(rel: string, text: string): Promise<void> {
    const v = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version: v }, contentChanges: [{ text }] });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest<T>(method, params);
  }

  /** shutdown + exit; resolves with the exit code. */
  async close(): Promise<number | null> {
    const done = new Promise<number | null>((resolve) => this.proc.on('exit', (code) => resolve(code)));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await done;
    this.conn.dispose();
    return code;
  }
}

/** Position (0-based) of the n-th occurrence of `needle` in a file's text, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, i + offset);
  return { line: before.split('\n').length - 1, character: i + offset - before.lastIndexOf('\n') - 1 };
}
