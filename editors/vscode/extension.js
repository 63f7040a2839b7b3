// Minimal VS Code client for `arch lsp`: starts the server over stdio for the YAML files of the workspace.
// Build: `npm install && npx @vscode/vsce package` in this folder; or use any generic LSP client instead.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('arch').get('command');
  const server = { command, args, transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('arch', 'arch', server, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
