/**
 * Go to definition, find references, rename and document symbols, for element ids across the repository's
 * files and for catalogue ids (whose definition is their entry in the bundled data/catalogues files).
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { parseCatalogueRef, type Namespace } from '../catalog/catalog.js';
import { parseYaml } from '../load/fast-parse.js';
import { SourceFile } from '../load/source-file.js';
import { KIND_INFO, isKind, type Kind } from '../model/kinds.js';
import { packagePath } from '../util/paths.js';
import { fileUri, toLspRange } from './convert.js';
import { Occurrences } from './occurrences.js';
import type { Analysis } from './workspace.js';
import { tokenAt, type LspPosition } from './yaml-context.js';

const occurrencesCache = new WeakMap<Analysis, Occurrences | undefined>();
export function occurrencesOf(a: Analysis): Occurrences | undefined {
  if (!occurrencesCache.has(a)) occurrencesCache.set(a, a.model ? new Occurrences(a.model) : undefined);
  return occurrencesCache.get(a);
}

/** The id under the cursor: an element id of the model or a catalogue ref. */
export function idAt(a: Analysis, text: string, pos: LspPosition): string | undefined {
  const tok = tokenAt(text.split('\n'), pos);
  if (!tok) return undefined;
  if (a.model?.byId.has(tok.text)) return tok.text;
  const cat = parseCatalogueRef(tok.text);
  if (cat && a.catalogues.get(cat.ns, cat.id)) return tok.text;
  return undefined;
}

const CATALOGUE_FILES: Record<Namespace, string> = { national: 'national.json', std: 'standards.json', ministry: 'ministries.json', province: 'provinces.json' };

/** The line of a catalogue entry's `"id"` (or `"code"`) in its data file. */
function catalogueLocation(ref: string): Location | undefined {
  const cat = parseCatalogueRef(ref);
  if (!cat) return undefined;
  const file = packagePath('data', 'catalogues', CATALOGUE_FILES[cat.ns]);
  const text = fs.readFileSync(file, 'utf8');
  const escaped = cat.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`"(?:id|code)"\\s*:\\s*"(${escaped})"`, cat.ns === 'ministry' ? 'i' : '').exec(text);
  if (!m) return undefined;
  const offset = m.index + m[0].length - m[1]!.length - 1;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - before.lastIndexOf('\n') - 1;
  return { uri: pathToFileURL(file).href, range: { start: { line, character }, end: { line, character: character + m[1]!.length } } };
}

export function definition(a: Analysis, text: string, pos: LspPosition): Location | undefined {
  const id = idAt(a, text, pos);
  if (!id) return undefined;
  if (parseCatalogueRef(id)) return catalogueLocation(id);
  const decl = occurrencesOf(a)?.declaration(id);
  return decl && { uri: fileUri(a.root, decl.file), range: toLspRange(decl.range) };
}

export function references(a: Analysis, text: string, pos: LspPosition, includeDeclaration: boolean): Location[] {
  const id = idAt(a, text, pos);
  if (!id) return [];
  return (occurrencesOf(a)?.of(id) ?? [])
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => ({ uri: fileUri(a.root, o.file), range: toLspRange(o.range) }));
}

const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** The element id at the cursor, for a rename; catalogue ids are not ours to rename. */
export function renameTarget(a: Analysis, text: string, pos: LspPosition): { id: string; range: ReturnType<typeof toLspRange> } | undefined {
  const tok = tokenAt(text.split('\n'), pos);
  if (!tok || !a.model?.byId.has(tok.text)) return undefined;
  return { id: tok.text, range: { start: { line: tok.line, character: tok.start }, end: { line: tok.line, character: tok.end } } };
}

export type RenameOutcome = { edit: WorkspaceEdit } | { error: string };

export function rename(a: Analysis, text: string, pos: LspPosition, newName: string, lang: 'vi' | 'en'): RenameOutcome | undefined {
  const target = renameTarget(a, text, pos);
  if (!target) return undefined;
  if (!ID.test(newName) || newName.length > 64) {
    return { error: lang === 'vi' ? `"${newName}" không phải mã hợp lệ (chữ thường, số, nối bằng - _ .; tối đa 64 ký tự)` : `"${newName}" is not a valid id (lower-case letters and digits joined by - _ .; at most 64 characters)` };
  }
  if (a.model?.byId.has(newName)) return { error: lang === 'vi' ? `Mã "${newName}" đã được dùng` : `The id "${newName}" is already taken` };
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrencesOf(a)?.of(target.id) ?? []) (changes[fileUri(a.root, o.file)] ??= []).push({ range: toLspRange(o.range), newText: newName });
  return { edit: { changes } };
}

const SYMBOL_KIND: Record<Kind, number> = {
  'org-unit': 2, // Module
  'user-group': 18, // Array
  channel: 9, // Constructor
  'business-function': 12, // Function
  'public-service': 24, // Event
  'data-entity': 23, // Struct
  database: 8, // Field
  'information-system': 5, // Class
  platform: 11, // Interface
  integration: 25, // Operator
  'technology-component': 19, // Object
  'security-control': 7, // Property
  principle: 14, // Constant
  standard: 15, // String
  gap: 20, // Key
  project: 3, // Namespace
};

/** The elements of one file, from its current text (it need not be valid against the schema). */
export function documentSymbols(rel: string, text: string, lang: 'vi' | 'en'): DocumentSymbol[] {
  const parsed = parseYaml(rel, text);
  const elements = (parsed.value as { elements?: unknown } | undefined)?.elements;
  if (!Array.isArray(elements)) return [];
  const file = new SourceFile(rel, text, parsed.value);
  const lines = text.split('\n');
  const out: DocumentSymbol[] = [];
  elements.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return;
    const e = raw as { id?: unknown; kind?: unknown; name?: { vi?: unknown; en?: unknown } };
    if (typeof e.id !== 'string') return;
    const start = toLspRange(file.at(['elements', i]).range).start;
    const idRange = toLspRange(file.at(['elements', i, 'id']).range);
    // The element runs to the line before the next element (or the end of the file).
    const next = i + 1 < elements.length ? toLspRange(file.at(['elements', i + 1]).range).start.line - 1 : lines.length - 1;
    const end = { line: Math.max(start.line, next), character: (lines[Math.max(start.line, next)] ?? '').length };
    const name = typeof e.name?.[lang] === 'string' ? (e.name[lang] as string) : typeof e.name?.vi === 'string' ? (e.name.vi as string) : '';
    out.push({
      name: e.id,
      detail: [isKind(e.kind) ? KIND_INFO[e.kind].label[lang] : String(e.kind ?? ''), name].filter(Boolean).join(' — '),
      kind: (isKind(e.kind) ? SYMBOL_KIND[e.kind] : 13) as DocumentSymbol['kind'],
      range: { start, end },
      selectionRange: idRange,
    });
  });
  return out;
}
