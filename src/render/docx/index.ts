/** DOCX output of the outline: view model → Word document → deterministic package bytes. */
import type { OutlineViewModel } from '../view-models/types.js';
import { buildDocument } from './build-document.js';
import { loadConventions } from './conventions.js';
import { packDeterministic } from './package.js';
import { renderPictures } from './pictures.js';
import { tableSink } from './table-xml.js';

export { DOCX_ELEMENT_LIMIT, docxTooBig } from './limit.js';

export async function renderDocx(vm: OutlineViewModel, options: { isoDate: string; templatesDir?: string }): Promise<Uint8Array> {
  const conventions = loadConventions(options.templatesDir);
  const pictures = await renderPictures(vm, conventions);
  const tables = tableSink();
  return packDeterministic(buildDocument(vm, conventions, pictures, tables, options.templatesDir), options.isoDate, 'arch outline', tables);
}
