#!/usr/bin/env node
/**
 * `arch lsp` re-check latency: starts the server on a repository, opens one element file, then edits it N
 * times (a description changes) and times each didChange → publishDiagnostics round trip, as an editor sees
 * it. Prints JSON { firstMs, editsMs: [...], medianMs, debounceMs } on stdout.
 *   node scripts/bench/lsp-latency.mjs --repo DIR [--edits 15] [--debounce 0]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const { values } = parseArgs({ options: { repo: { type: 'string' }, edits: { type: 'string', default: '15' }, debounce: { type: 'string', default: '0' } } });
if (!values.repo) {
  process.stderr.write('usage: node scripts/bench/lsp-latency.mjs --repo DIR [--edits N] [--debounce MS]\n');
  process.exit(2);
}
const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bin/arch.js');
const repo = path.resolve(values.repo);
const files = fs.readdirSync(repo, { recursive: true }).filter((f) => f.endsWith('.yaml') && f !== 'arch.yaml').sort();
const rel = files[Math.floor(files.length / 2)];
const uri = pathToFileURL(path.join(repo, rel)).href;
const text = fs.readFileSync(path.join(repo, rel), 'utf8');

const proc = spawn(process.execPath, [BIN, 'lsp', '--stdio', '--debounce', values.debounce], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
let waiting;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri === uri && waiting) {
    const w = waiting;
    waiting = undefined;
    w();
  }
});
conn.listen();
const published = () => new Promise((resolve) => (waiting = resolve));
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {} });
await conn.sendNotification('initialized', {});
let t = performance.now();
let next = published();
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await next;
const firstMs = performance.now() - t;
const editsMs = [];
for (let i = 0; i < Number(values.edits); i++) {
  // Edit a description the way a person types: the file changes, the model stays valid.
  const edited = text.replace(/^(\s+en: )(.*)$/m, (_, key, value) => `${key}"sửa ${i}"`);
  next = published();
  t = performance.now();
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited }] });
  await next;
  editsMs.push(performance.now() - t);
}
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
const sorted = [...editsMs].sort((a, b) => a - b);
const round = (x) => Math.round(x * 10) / 10;
process.stdout.write(`${JSON.stringify({ repo, file: rel, firstMs: round(firstMs), editsMs: editsMs.map(round), medianMs: round(sorted[Math.floor(sorted.length / 2)]), debounceMs: Number(values.debounce) })}\n`);
