/**
 * One page per information system in the built site (`systems/NNNN.html`): its context view (the system and
 * its direct neighbours), key facts, relations both ways, and the findings located in its YAML.
 */
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { kindLabel } from '../views/labels.js';
import type { ArchitectureGraph } from '../graph/index.js';
import { elementsOfKind } from '../model/by-kind.js';
import type { ArchitectureModel } from '../model/types.js';
import { edgesOf } from '../graph/graphology.js';
import { contextSvg, contextView, isContextView, relationLabel, viewLabel, viewSvg, VIEW_CAP } from '../views/index.js';
import { label, labelOrUndefined, render } from './engine.js';

/** A system page as the index lists it (its HTML goes to `emit`). */
export interface SystemPage {
  path: string;
  id: string;
  name: string;
  findings: number;
}

const text = (t: { vi: string; en?: string } | undefined, lang: Lang) => (t ? (lang === 'en' ? t.en ?? t.vi : t.vi) : '');

/** Diagnostics whose location is inside the element's entry of its file. */
function findingsIndex(model: ArchitectureModel, findings: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byPlace = new Map<string, string>();
  for (const [id, o] of model.origin) byPlace.set(`${o.file.path}\u0000${o.index}`, id);
  const out = new Map<string, Diagnostic[]>();
  for (const d of findings) {
    const p = d.location?.path;
    if (!d.location || !p || p[0] !== 'elements' || typeof p[1] !== 'number') continue;
    const id = byPlace.get(`${d.location.file}\u0000${p[1]}`);
    if (id) (out.get(id) ?? out.set(id, []).get(id)!).push(d);
  }
  return out;
}

export async function systemPages(
  input: { model: ArchitectureModel; graph: ArchitectureGraph; lang: Lang; findings: readonly Diagnostic[]; templatesDir?: string; progress?: (done: number, total: number) => void },
  emit: (file: { path: string; data: string }) => void,
): Promise<SystemPage[]> {
  const { model, graph, lang } = input;
  const opt = input.templatesDir ? { templatesDir: input.templatesDir } : {};
  const L = (key: string) => label(key, lang, input.templatesDir);
  const enumText = (field: string, v: unknown) => (v === undefined ? '' : labelOrUndefined(`enum.${field}.${String(v)}`, lang, input.templatesDir) ?? String(v));
  const nameOf = (id: string) => {
    const n = graph.byId.get(id);
    return n ? text(n.name, lang) || id : id;
  };
  const located = findingsIndex(model, input.findings);
  const systems = elementsOfKind(model, 'information-system');
  const pages: SystemPage[] = [];
  for (const [i, el] of systems.entries()) {
    if (i % Math.max(100, Math.ceil(systems.length / 10)) === 0) input.progress?.(i, systems.length);
    const name = text(el.name, lang) || el.id;
    const view = contextView(graph, el.id, lang);
    const caption = L('system.contextCaption').replace('{0}', name);
    const attributes = [
      [L('system.status'), enumText('status', el.status)],
      [L('system.owner'), nameOf(el.owner)],
      [L('system.role'), enumText('role', el.role)],
      [L('system.securityLevel'), el.securityLevel === undefined ? '' : String(el.securityLevel)],
      [L('system.hosting'), enumText('hosting', el.hosting)],
      [L('system.description'), text(el.description, lang)],
    ].filter(([, v]) => v !== '');
    const relations = edgesOf(graph, el.id).map((e) => [nameOf(e.from), relationLabel(e.relation, lang), nameOf(e.to)]);
    const findings = (located.get(el.id) ?? []).map((d) => ({
      severity: d.severity,
      severityLabel: L(`severity.${d.severity}`),
      code: d.code,
      message: d.message[lang],
      where: `${d.location!.file}${d.location!.range ? `:${d.location!.range.start.line}:${d.location!.range.start.column}` : ''}`,
    }));
    const svg = isContextView(view) ? contextSvg(view, lang, 'context', caption) : await viewSvg(view, lang, 'context', caption);
    const note = view.aggregated ? viewLabel('aggregatedNote', lang, view.aggregated.nodes, view.aggregated.edges, VIEW_CAP.nodes, VIEW_CAP.edges) : '';
    const path = `systems/${String(i + 1).padStart(4, '0')}.html`;
    emit({ path, data: render('build/system', { lang, id: el.id, name, kind: kindLabel(el.kind, lang), caption, note, svg, attributes, relations, findings }, { format: 'html', lang, ...opt }) });
    pages.push({ path, id: el.id, name, findings: findings.length });
  }
  return pages;
}
