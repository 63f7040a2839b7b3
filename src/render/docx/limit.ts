/** How big a model the Word outline is built for (a module of its own: checking it loads no Word library). */
/**
 * The most elements a Word outline is built for: the document is built in memory (about 400 MB at 10,000
 * elements with the tables written as XML, growing with the size), and past this the process would come close to
 * Node's default heap. Measured, not a legal limit.
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
