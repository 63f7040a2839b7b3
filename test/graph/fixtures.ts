/** Small repositories written as YAML, with readable ids, for graph tests. */
import { validateRepository } from '../../src/pipeline.js';
import { buildGraph } from '../../src/graph/index.js';
import { MANIFEST, tempRepo } from '../helpers/cli.js';

export const ORG = `  - {kind: org-unit, id: cuc-cntt, name: {vi: "Cục Công nghệ thông tin", en: "IT Department"}, status: current}\n`;

export function elementsFile(body: string): string {
  return `elements:\n${ORG}${body}`;
}

/** A repository with one elements file (`elements.yaml`) holding the org unit plus `body`. */
export function repoWith(body: string, extra: Record<string, string> = {}): string {
  return tempRepo({ 'arch.yaml': MANIFEST, 'elements.yaml': elementsFile(body), ...extra });
}

export function modelOf(dir: string) {
  const result = validateRepository(dir);
  if (!result.model) throw new Error(`no model: ${JSON.stringify(result.diagnostics.map((d) => d.message.en))}`);
  return { ...result, model: result.model, graph: buildGraph(result.model, result.catalogues) };
}

export const is = (id: string, fields = '') =>
  `  - {kind: information-system, id: ${id}, name: {vi: "Hệ thống ${id}", en: "System ${id}"}, owner: cuc-cntt, status: current${fields ? `, ${fields}` : ''}}\n`;
