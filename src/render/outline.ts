/**
 * `renderOutline`: the outline document of a repository in one format, entirely in memory (the CLI writes
 * it). Markdown carries Mermaid diagrams; HTML and DOCX carry SVG rendered offline.
 */
import type { Catalogues } from '../catalog/catalog.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { ArchitectureGraph } from '../graph/index.js';
import type { ArchitectureModel } from '../model/types.js';
import { render } from './engine.js';
import { buildOutlineViewModel } from './view-models/outline.js';
import type { OutlineViewModel } from './view-models/types.js';

export const OUTLINE_FORMATS = ['md', 'html', 'docx'] as const;
export type OutlineFormat = (typeof OUTLINE_FORMATS)[number];

export interface OutlineRequest {
  model: ArchitectureModel;
  catalogues: Catalogues;
  graph?: ArchitectureGraph;
  lang: Lang;
  profileId?: string;
  templatesDir?: string;
}

/** The document in one format (a string for md/html, bytes for docx) from an already-built view model. */
export async function renderOutlineView(vm: OutlineViewModel, format: OutlineFormat, req: Pick<OutlineRequest, 'model' | 'templatesDir'>): Promise<string | Uint8Array> {
  if (format === 'docx') {
    // The Word library is loaded only for a Word document.
    const { renderDocx } = await import('./docx/index.js');
    return renderDocx(vm, { isoDate: String(req.model.manifest.architecture.date), ...(req.templatesDir ? { templatesDir: req.templatesDir } : {}) });
  }
  return render(`${vm.outline}/document`, vm, { format, lang: vm.lang, ...(req.templatesDir ? { templatesDir: req.templatesDir } : {}) });
}

export async function renderOutline(req: OutlineRequest, format: OutlineFormat): Promise<string | Uint8Array> {
  const vm = await buildOutlineViewModel({ ...req, svg: format !== 'md' });
  return renderOutlineView(vm, format, req);
}
