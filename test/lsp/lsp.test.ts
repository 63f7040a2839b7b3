/**
 * `arch lsp` driven by a real LSP client over stdio (test/lsp/client.ts) on copies of the example
 * repositories: diagnostics equal to the CLI's, definition, references, hover, completion, code actions,
 * rename, document symbols, a file mid-edit, and malformed protocol input.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../helpers/cli.js';
import { LspClient, positionOf, type LspDiagnostic } from './client.js';

function copyExample(name: string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arch-lsp-')), name);
  fs.cpSync(path.join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }[];
}

/** The CLI's findings (`arch check --format sarif`) of one file: code, 0-based start and first message line. */
function cliFindings(dir: string, rel: string): string[] {
  const r = spawnCli(['check', '.', '--format', 'sarif'], { cwd: dir, timeoutMs: 60_000 });
  const results = (JSON.parse(r.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
  return results
    .filter((x) => (x.locations[0]?.physicalLocation.artifactLocation.uri ?? 'arch.yaml') === rel)
    .map((x) => {
      const reg = x.locations[0]?.physicalLocation.region;
      return `${reg ? `${reg.startLine - 1}:${reg.startColumn - 1}` : '0:0'} ${x.ruleId} ${x.message.text.split('\n')[0]}`;
    })
    .sort();
}

const lspFindings = (diags: readonly LspDiagnostic[]) => diags.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message.split('\n')[0]!.replace(/ \(waived: .*\)$/, '')}`).sort();

describe('arch lsp on the invalid example', () => {
  let dir: string;
  let client: LspClient;
  beforeAll(async () => {
    dir = copyExample('bo-y-te-invalid');
    client = new LspClient(dir);
    await client.initialize();
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  it('publishes, per file, the same findings at the same positions as arch check', async () => {
    for (const rel of ['elements/tham-chieu.yaml', 'elements/luoc-do.yaml', 'elements/yaml-tab.yaml']) {
      await client.open(rel);
      const diags = await client.diagnosticsFor(rel);
      expect(diags.length).toBeGreaterThan(0);
      expect(lspFindings(diags)).toEqual(cliFindings(dir, rel));
      expect(diags.every((d) => d.source === 'arch')).toBe(true);
    }
  });

  it('offers the did-you-mean fix of an unresolved reference as a quick fix', async () => {
    const rel = 'elements/tham-chieu.yaml';
    const diags = await client.diagnosticsFor(rel);
    const unresolved = diags.find((d) => d.code === 'model/unresolved-ref')!;
    expect(unresolved.data?.fix).toBeTruthy();
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri(rel) },
      range: unresolved.range,
      context: { diagnostics: [unresolved] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('quickfix');
    expect(actions[0]!.title).toBe(`Change to "${unresolved.data!.fix}"`);
    expect(actions[0]!.edit.changes[client.uri(rel)]).toEqual([{ range: unresolved.range, newText: unresolved.data!.fix }]);
  });
});

describe('arch lsp on bo-y-te', () => {
  let dir: string;
  let client: LspClient;
  const SYSTEMS = 'ung-dung/he-thong-thong-tin.yaml';
  const PLATFORMS = 'ung-dung/nen-tang.yaml';
  let systems = '';
  beforeAll(async () => {
    dir = copyExample('bo-y-te');
    client = new LspClient(dir);
    const init = await client.initialize();
    expect(init.capabilities).toMatchObject({ definitionProvider: true, referencesProvider: true, hoverProvider: true, renameProvider: { prepareProvider: true }, documentSymbolProvider: true });
    systems = await client.open(SYSTEMS);
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  it('publishes for a clean example file exactly what arch check reports there', async () => {
    expect(lspFindings(await client.diagnosticsFor(SYSTEMS))).toEqual(cliFindings(dir, SYSTEMS));
  });

  it('goes to the definition of an element id in another file', async () => {
    const loc = await client.request<{ uri: string; range: { start: { line: number; character: number } } }>('textDocument/definition', {
      textDocument: { uri: client.uri(SYSTEMS) },
      position: positionOf(systems, 'lgsp-byt', 3),
    });
    const platforms = fs.readFileSync(path.join(dir, PLATFORMS), 'utf8');
    expect(loc.uri).toBe(client.uri(PLATFORMS));
    expect(loc.range.start).toEqual(positionOf(platforms, 'id: lgsp-byt', 4));
  });

  it('goes to a catalogue entry in the bundled data file', async () => {
    const loc = await client.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', {
      textDocument: { uri: client.uri(SYSTEMS) },
      position: positionOf(systems, 'national:vneid', 10),
    });
    expect(loc.uri.endsWith('/data/catalogues/national.json')).toBe(true);
    const data = fs.readFileSync(new URL(loc.uri), 'utf8').split('\n');
    expect(data[loc.range.start.line]).toMatch(/"id":\s*"vneid"/);
  });

  it('finds every reference to an id, across files, with and without the declaration', async () => {
    const params = { textDocument: { uri: client.uri(SYSTEMS) }, position: positionOf(systems, 'lgsp-byt') };
    const refs = await client.request<{ uri: string; range: { start: { line: number; character: number } } }[]>('textDocument/references', { ...params, context: { includeDeclaration: false } });
    // Every use of the id in a YAML value (outside comments), but its declaration, is a reference.
    const uses: string[] = [];
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!f.endsWith('.yaml')) continue;
      fs.readFileSync(path.join(dir, f), 'utf8').split('\n').forEach((l) => {
        const code = l.replace(/#.*$/, '');
        if (/^\s*id: lgsp-byt\s*$/.test(code)) return;
        for (const _ of code.matchAll(/(?<![\w-])lgsp-byt(?![\w-])/g)) uses.push(f);
      });
    }
    expect(refs.length).toBe(uses.length);
    expect(new Set(refs.map((r) => path.relative(dir, new URL(r.uri).pathname)))).toEqual(new Set(uses));
    const withDecl = await client.request<unknown[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
    expect(withDecl.length).toBe(refs.length + 1);
  });

  it('hovers an element with its summary and a catalogue id with its validity', async () => {
    const h1 = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri: client.uri(SYSTEMS) }, position: positionOf(systems, 'lgsp-byt') });
    expect(h1.contents.kind).toBe('markdown');
    expect(h1.contents.value).toMatch(/^\*\*lgsp-byt\*\* — Shared platform\n/);
    expect(h1.contents.value).toContain('declared in ung-dung/nen-tang.yaml:');
    const h2 = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: client.uri(SYSTEMS) }, position: positionOf(systems, 'national:vneid', 12) });
    expect(h2.contents.value).toMatch(/^\*\*national:vneid\*\* — /);
    expect(h2.contents.value).toContain('In force on the architecture date');
  });

  it('completes a reference field with ids of the kinds it accepts only', async () => {
    const text = systems.replace('    owner: bo-y-te\n', '    owner: \n');
    await client.change(SYSTEMS, text);
    const items = await client.request<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri: client.uri(SYSTEMS) }, position: positionOf(text, '    owner: \n', 11) });
    const orgUnits = spawnCli(['graph', '.', '--kind', 'org-unit', '--format', 'json'], { cwd: dir });
    const expected = (JSON.parse(orgUnits.stdout) as { nodes: { id: string; kind: string }[] }).nodes.filter((n) => n.kind === 'org-unit').map((n) => n.id).sort();
    expect(items.map((i) => i.label).sort()).toEqual(expected);
    await client.change(SYSTEMS, systems);
  });

  it('completes catalogue ids in force on the architecture date, and enum values with their labels', async () => {
    const uses = positionOf(systems, 'uses: [', 7);
    const items = await client.request<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri: client.uri(SYSTEMS) }, position: uses });
    const labels = items.map((i) => i.label);
    expect(labels).toContain('national:vneid');
    expect(labels).toContain('lgsp-byt');
    expect(labels).not.toContain('cuc-cntt'); // an org-unit is not something a system uses
    const status = positionOf(systems, 'securityLevelStatus: ', 'securityLevelStatus: '.length);
    const values = await client.request<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri: client.uri(SYSTEMS) }, position: status });
    expect(values.map((v) => v.label)).toEqual(['proposed', 'approved']);
  });

  it('lists the elements of a file as document symbols', async () => {
    const symbols = await client.request<{ name: string; detail: string }[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(SYSTEMS) } });
    const ids = [...systems.matchAll(/^  - kind: [\w-]+\n    id: ([\w.-]+)/gm)].map((m) => m[1]);
    expect(symbols.map((s) => s.name)).toEqual(ids);
    expect(symbols[0]!.detail).toMatch(/^Information system — /);
  });

  it('renames an id in every file so that the repository stays valid', async () => {
    const position = positionOf(systems, 'lgsp-byt');
    const prepared = await client.request<{ start: { line: number; character: number } }>('textDocument/prepareRename', { textDocument: { uri: client.uri(SYSTEMS) }, position });
    expect(prepared.start).toEqual(positionOf(systems, 'lgsp-byt'));
    const taken = client.request('textDocument/rename', { textDocument: { uri: client.uri(SYSTEMS) }, position, newName: 'sso-byt' });
    await expect(taken).rejects.toThrow('The id "sso-byt" is already taken');
    const edit = await client.request<{ changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> }>('textDocument/rename', {
      textDocument: { uri: client.uri(SYSTEMS) },
      position,
      newName: 'lgsp-bo-y-te',
    });
    // Apply the edit to the files on disk, then the CLI must find the repository exactly as clean as before.
    const before = spawnCli(['validate', '.', '--format', 'json'], { cwd: dir }).stdout;
    for (const [uri, edits] of Object.entries(edit.changes)) {
      const file = new URL(uri).pathname;
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
        expect(e.range.start.line).toBe(e.range.end.line);
        const l = lines[e.range.start.line]!;
        expect(l.slice(e.range.start.character, e.range.end.character)).toBe('lgsp-byt');
        lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
      }
      fs.writeFileSync(file, lines.join('\n'));
    }
    const after = spawnCli(['validate', '.', '--format', 'json'], { cwd: dir }).stdout;
    expect(after).toBe(before);
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (f.endsWith('.yaml')) expect(fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => /(?<![\w-])lgsp-byt(?![\w-])/.test(l.replace(/#.*$/, '')))).toEqual([]);
    }
  });
});

describe('arch lsp with broken input', () => {
  it('keeps the last good model while a file is mid-edit and reports only its syntax error there', async () => {
    const dir = copyExample('bo-y-te');
    const client = new LspClient(dir);
    await client.initialize();
    const platforms = await client.open('ung-dung/nen-tang.yaml');
    const links = await client.open('ung-dung/ket-noi.yaml');
    await client.diagnosticsFor('ung-dung/ket-noi.yaml');
    await client.change('ung-dung/nen-tang.yaml', `${platforms}\n  - kind: platform\n    id: [unclosed\n`);
    const own = await client.diagnosticsFor('ung-dung/nen-tang.yaml', (d) => d.length > 0);
    expect(own.filter((d) => !d.code.startsWith('yaml/'))).toEqual([]);
    // Other files still resolve their references to the platforms of the broken file.
    const refs = await client.request<unknown[]>('textDocument/references', { textDocument: { uri: client.uri('ung-dung/ket-noi.yaml') }, position: positionOf(links, 'lgsp-byt'), context: { includeDeclaration: true } });
    expect(refs.length).toBeGreaterThan(1);
    expect((client.diagnostics.get(client.uri('ung-dung/ket-noi.yaml')) ?? []).filter((d) => d.code === 'model/unresolved-ref')).toEqual([]);
    await client.change('ung-dung/nen-tang.yaml', platforms);
    expect(await client.diagnosticsFor('ung-dung/nen-tang.yaml', (d) => d.length === 0)).toEqual([]);
    expect(await client.close()).toBe(0);
  });

  it('survives malformed protocol messages and unknown methods', async () => {
    const dir = copyExample('bo-y-te');
    const client = new LspClient(dir);
    await client.initialize();
    // Garbage headers, a body that is not JSON, and a message with an unknown method.
    client.proc.stdin.write('Content-Length: 5\r\n\r\n{{{{{');
    client.proc.stdin.write('Content-Length: 40\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"x/y"}');
    await expect(client.request('arch/unknown', {})).rejects.toThrow(/Unhandled method|not found/i);
    await expect(client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/x.yaml' }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    await expect(client.request('textDocument/definition', { textDocument: { uri: client.uri('ung-dung/nen-tang.yaml') }, position: { line: 9999, character: 9999 } })).resolves.toBeNull();
    expect(client.proc.exitCode).toBeNull();
    expect(await client.close()).toBe(0);
  });
});
