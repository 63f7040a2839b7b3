/**
 * The language server: wires an LSP connection (created by the CLI over stdio) to the repositories of the
 * documents the editor opens. Each document belongs to the nearest folder above it that holds arch.yaml;
 * every such repository is analysed by the whole pipeline (src/lsp/workspace.ts), debounced after edits, and
 * its diagnostics are published per file. A failure inside one request is logged and answered empty; it never
 * takes the server down.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions } from '../check/run-rules.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { MANIFEST } from '../load/discover.js';
import { codeActions, completion, hover } from './assist.js';
import { fileUri, toLspDiagnostic } from './convert.js';
import { definition, documentSymbols, references, rename, renameTarget } from './navigation.js';
import { ArchWorkspace, type Analysis } from './workspace.js';

export interface ServerOptions {
  /** Messages' language unless the client's locale says Vietnamese. */
  lang: Lang;
  /** Milliseconds of quiet after an edit before the repository is checked again. */
  debounceMs?: number;
  check?: CheckOptions;
  /** Where internal errors are logged (the client's output channel by default). */
  log?: (message: string) => void;
}

/** The nearest folder at or above `dir` that holds arch.yaml. */
function findRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, MANIFEST))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

export function startServer(connection: Connection, options: ServerOptions): void {
  let lang: Lang = options.lang;
  const debounceMs = options.debounceMs ?? 100;
  const log = options.log ?? ((m: string) => connection.console.error(m));
  const documents = new TextDocuments(TextDocument);
  const workspaces = new Map<string, ArchWorkspace>();
  const published = new Map<string, Set<string>>();
  const timers = new Map<string, NodeJS.Timeout>();

  const locate = (uri: string): { ws: ArchWorkspace; rel: string } | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    const abs = fileURLToPath(uri);
    const root = findRoot(path.dirname(abs));
    if (!root) return undefined;
    let ws = workspaces.get(root);
    if (!ws) workspaces.set(root, (ws = new ArchWorkspace(root, options.check)));
    const rel = ws.relative(abs);
    return rel ? { ws, rel } : undefined;
  };

  const publish = (ws: ArchWorkspace, a: Analysis) => {
    const before = published.get(ws.root) ?? new Set<string>();
    const now = new Set<string>();
    for (const [rel, diags] of a.byFile) {
      now.add(rel);
      void connection.sendDiagnostics({ uri: fileUri(ws.root, rel), diagnostics: diags.map((d) => toLspDiagnostic(d, ws.root, lang)) });
    }
    // Files that had problems and open files without any get an empty list: the editor shows them clean.
    for (const rel of new Set([...before, ...ws.openFiles()])) if (!now.has(rel)) void connection.sendDiagnostics({ uri: fileUri(ws.root, rel), diagnostics: [] });
    published.set(ws.root, now);
  };

  const analyse = (ws: ArchWorkspace): Analysis | undefined => {
    const wasStale = ws.stale;
    try {
      const a = ws.analyse();
      if (wasStale) publish(ws, a);
      return a;
    } catch (e) {
      log(`arch lsp: ${ws.root}: ${(e as Error)?.message ?? String(e)}`);
      return undefined;
    }
  };

  const schedule = (ws: ArchWorkspace) => {
    clearTimeout(timers.get(ws.root));
    timers.set(
      ws.root,
      setTimeout(() => {
        timers.delete(ws.root);
        analyse(ws);
      }, debounceMs),
    );
  };

  /** Runs a request on the freshest analysis; a failure answers `fallback`. */
  const withDoc = <T>(uri: string, fallback: T, fn: (a: Analysis, rel: string, text: string) => T): T => {
    const at = locate(uri);
    const doc = documents.get(uri);
    if (!at) return fallback;
    try {
      const a = analyse(at.ws);
      const text = doc?.getText() ?? at.ws.textOf(at.rel);
      return a && text !== undefined ? fn(a, at.rel, text) : fallback;
    } catch (e) {
      log(`arch lsp: ${uri}: ${(e as Error)?.message ?? String(e)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    if (params.locale?.toLowerCase().startsWith('vi')) lang = 'vi';
    else if (params.locale?.toLowerCase().startsWith('en')) lang = 'en';
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'arch' },
    };
  });

  documents.onDidOpen(({ document }) => {
    const at = locate(document.uri);
    if (!at) return;
    at.ws.setBuffer(at.rel, document.getText());
    schedule(at.ws);
  });
  documents.onDidChangeContent(({ document }) => {
    const at = locate(document.uri);
    if (!at) return;
    at.ws.setBuffer(at.rel, document.getText());
    schedule(at.ws);
  });
  documents.onDidClose(({ document }) => {
    const at = locate(document.uri);
    if (!at) return;
    at.ws.setBuffer(at.rel, undefined);
    schedule(at.ws);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const at = locate(c.uri);
      if (!at) continue;
      at.ws.invalidate();
      schedule(at.ws);
    }
  });

  connection.onDefinition(({ textDocument, position }) => withDoc(textDocument.uri, null, (a, _rel, text) => definition(a, text, position) ?? null));
  connection.onReferences(({ textDocument, position, context }) => withDoc(textDocument.uri, [], (a, _rel, text) => references(a, text, position, context.includeDeclaration)));
  connection.onHover(({ textDocument, position }) => withDoc(textDocument.uri, null, (a, rel, text) => hover(a, rel, text, position, lang) ?? null));
  connection.onCompletion(({ textDocument, position }) => withDoc(textDocument.uri, [], (a, _rel, text) => completion(a, text, position, lang)));
  connection.onCodeAction(({ textDocument, context }) => {
    try {
      return codeActions(textDocument.uri, context.diagnostics, lang);
    } catch (e) {
      log(`arch lsp: ${textDocument.uri}: ${(e as Error)?.message ?? String(e)}`);
      return [];
    }
  });
  connection.onPrepareRename(({ textDocument, position }) => withDoc(textDocument.uri, null, (a, _rel, text) => renameTarget(a, text, position)?.range ?? null));
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const r = withDoc(textDocument.uri, undefined, (a, _rel, text) => rename(a, text, position, newName, lang));
    if (!r) return null;
    return 'error' in r ? new ResponseError(LSPErrorCodes.RequestFailed, r.error) : r.edit;
  });
  connection.onDocumentSymbol(({ textDocument }) => withDoc(textDocument.uri, [], (_a, rel, text) => documentSymbols(rel, text, lang)));

  documents.listen(connection);
  connection.listen();
}
