/**
 * One architecture repository as the editor sees it: the files on disk with the open buffers over them,
 * analysed by the same pipeline as `arch check` (schema, references, graph findings, conformance rules under
 * the manifest's settings). Parsing is cached by text, so a re-check after an edit re-parses one file.
 * A buffer that is not valid YAML keeps the last text of that file that was, for the rest of the model, and
 * shows its own syntax errors.
 */
import * as path from 'node:path';
import type { Catalogues } from '../catalog/catalog.js';
import { checkRepository, type CheckRepositoryResult } from '../check/check-repository.js';
import type { CheckOptions } from '../check/run-rules.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedFile, ParseInput } from '../load/load-repository.js';
import { MANIFEST } from '../load/discover.js';
import type { ArchitectureModel } from '../model/types.js';
import { parseAndCheck } from '../per-file/parse-and-check.js';

export interface Analysis {
  root: string;
  result: CheckRepositoryResult;
  model?: ArchitectureModel;
  catalogues: Catalogues;
  /** Diagnostics by repository-relative file (`/` separators); those without a file go to arch.yaml. */
  byFile: Map<string, Diagnostic[]>;
  /** The text the analysis used for each file it read (buffers that parse, or the disk). */
  texts: Map<string, string>;
}

const isFatal = (p: ParsedFile) => p.value === undefined || p.diagnostics.some((d) => d.severity === 'error');

export class ArchWorkspace {
  private readonly buffers = new Map<string, string>();
  private readonly lastGood = new Map<string, string>();
  private parsed = new Map<string, { text: string; parsed: ParsedFile }>();
  private current?: Analysis;

  constructor(
    readonly root: string,
    private readonly options: CheckOptions = {},
  ) {}

  /** Repository-relative path of an absolute file path, or undefined outside the repository. */
  relative(abs: string): string | undefined {
    const rel = path.relative(this.root, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
  }

  setBuffer(rel: string, text: string | undefined): void {
    if (text === undefined) this.buffers.delete(rel);
    else this.buffers.set(rel, text);
    this.current = undefined;
  }

  /** Files open in the editor (repository-relative). */
  openFiles(): string[] {
    return [...this.buffers.keys()];
  }

  /** Forget the last analysis (a file changed on disk). */
  invalidate(): void {
    this.current = undefined;
  }

  get stale(): boolean {
    return this.current === undefined;
  }

  private parse(input: ParseInput): ParsedFile {
    const hit = this.parsed.get(input.rel);
    if (hit && hit.text === input.text) return hit.parsed;
    const parsed = parseAndCheck(input);
    this.parsed.set(input.rel, { text: input.text, parsed });
    return parsed;
  }

  analyse(): Analysis {
    if (this.current) return this.current;
    const broken = new Map<string, Diagnostic[]>();
    const texts = new Map<string, string>();
    const overlay = (rel: string): string | undefined => {
      const text = this.buffers.get(rel);
      if (text === undefined) return undefined;
      const p = this.parse({ rel, text });
      if (!isFatal(p)) {
        this.lastGood.set(rel, text);
        return text;
      }
      broken.set(rel, p.diagnostics);
      return this.lastGood.get(rel) ?? text;
    };
    const used = new Map<string, ParsedFile>();
    const result = checkRepository(this.root, this.options, {
      overlay,
      parse: (inputs) =>
        inputs.map((i) => {
          texts.set(i.rel, i.text);
          const p = this.parse(i);
          used.set(i.rel, p);
          return p;
        }),
    });
    // Keep the cache to the files of this analysis (removed files drop out).
    for (const rel of [...this.parsed.keys()]) if (!used.has(rel) && !this.buffers.has(rel) && rel !== MANIFEST) this.parsed.delete(rel);
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of result.diagnostics) {
      const file = d.location?.file ?? MANIFEST;
      if (broken.has(file)) continue;
      const list = byFile.get(file);
      if (list) list.push(d);
      else byFile.set(file, [d]);
    }
    for (const [file, diags] of broken) byFile.set(file, diags);
    const model = result.validation.model;
    const manifestText = this.buffers.get(MANIFEST);
    if (manifestText !== undefined) texts.set(MANIFEST, manifestText);
    else if (model) texts.set(MANIFEST, model.manifestFile.text);
    this.current = { root: this.root, result, ...(model ? { model } : {}), catalogues: result.validation.catalogues, byFile, texts };
    return this.current;
  }

  /** The text of a file as the editor has it (buffer) or as the last analysis read it. */
  textOf(rel: string): string | undefined {
    return this.buffers.get(rel) ?? this.current?.texts.get(rel);
  }
}
