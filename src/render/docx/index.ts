/** DOCX output of the outline: view model → Word document → deterministic package bytes. */
import type { OutlineViewModel } from '../view-models/types.js';
import { buildDocument } from './build-document.js';
import { loadConventions } from './conventions.js';
import { packDeterministic } from './package.js';
import { renderPictures } from './pictures.js';

/**
 * The most elements a Word outline is built for. The docx library holds the whole document as objects: about
 * 1.7 GB at 10,000 elements, so past this the process would run out of memory. Measured, not a legal limit.
 */
export const DOCX_ELEMENT_LIMIT = 25_000;

/** Why a model is too big for the Word outline, or undefined when it is not. */
export function docxTooBig(elements: number): { vi: string; en: string } | undefined {
  if (elements <= DOCX_ELEMENT_LIMIT) return undefined;
  return {
    vi: `tài liệu Word không được tạo: ${elements} phần tử vượt giới hạn ${DOCX_ELEMENT_LIMIT} mà bộ tạo tệp Word xử lý được trong bộ nhớ — dùng bản HTML hoặc Markdown`,
    en: `the Word document is not produced: ${elements} elements exceed the ${DOCX_ELEMENT_LIMIT} the Word generator handles in memory — use the HTML or Markdown document`,
  };
}

export async function renderDocx(vm: OutlineViewModel, options: { isoDate: string; templatesDir?: string }): Promise<Uint8Array> {
  const conventions = loadConventions(options.templatesDir);
  const pictures = await renderPictures(vm, conventions);
  return packDeterministic(buildDocument(vm, conventions, pictures, options.templatesDir), options.isoDate);
}
