import * as path from 'node:path';
import { Catalogues } from '../../catalog/catalog.js';
import { docxTooBig } from '../../render/docx/limit.js';
import { renderOutline } from '../../render/outline.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { defaultLang, type CliIO } from '../io.js';
import { loadGraph } from './graph-input.js';
import type { Lang } from '../io.js';

export interface OutlineOptions {
  format: 'md' | 'html' | 'docx';
  lang: Lang;
  output?: string;
  profile?: string;
  templates?: string;
  force?: boolean;
}

/** Resolves `--templates` against the working folder (never a folder found in the repository). */
export function templatesDirOf(io: CliIO, templates: string | undefined): string | undefined {
  return templates === undefined ? undefined : path.resolve(io.cwd, templates);
}

export async function runOutline(io: CliIO, dir: string, opts: OutlineOptions): Promise<number> {
  if (opts.format === 'docx' && !opts.output) {
    throw new InputError({ vi: '--format docx cần -o <tệp.docx> (không ghi tệp nhị phân ra stdout)', en: '--format docx needs -o <file.docx> (binary output is not written to stdout)' });
  }
  const input = loadGraph(io, dir, defaultLang(io.env), 'outline');
  if (!input) return 1;
  if (opts.format === 'docx') {
    const tooBig = docxTooBig(input.model.elements.length);
    if (tooBig) throw new InputError(tooBig);
  }
  const templatesDir = templatesDirOf(io, opts.templates);
  // Everything is rendered in memory first: a failure leaves no partial file behind.
  const doc = await renderOutline(
    { model: input.model, graph: input.graph, catalogues: Catalogues.load(), lang: opts.lang, ...(opts.profile ? { profileId: opts.profile } : {}), ...(templatesDir ? { templatesDir } : {}) },
    opts.format,
  );
  if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), doc, opts.force);
  else io.stdout(typeof doc === 'string' ? doc : '');
  return input.exit;
}
