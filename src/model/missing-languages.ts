/**
 * Texts without a version in a language the manifest declares for its documents (`languages: [vi, en]`): an
 * English document shows the Vietnamese text where the English one is missing, and says nothing of it. One
 * finding per element (and one for the manifest's contents), at its first such text, naming them all.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { KIND_INFO } from './kinds.js';
import type { ArchitectureModel } from './types.js';

type Path = (string | number)[];

/** A bilingual text: `{vi, en?}` (the schemas give no other object a `vi` string). */
const isText = (v: object): v is { vi: string; en?: unknown } => typeof (v as { vi?: unknown }).vi === 'string';

/**
 * Paths below `value` (at `path`, a stack this walk pushes to and pops) of the texts without `lang`; texts sit
 * at most a few levels deep. A path is copied only when it is reported: most elements have none.
 */
function missingIn(value: unknown, path: Path, lang: 'en', out: Path[], depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 4) return;
  if (isText(value)) {
    if (typeof value[lang] !== 'string' || value[lang] === '') out.push([...path]);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'object') continue;
      path.push(i);
      missingIn(value[i], path, lang, out, depth + 1);
      path.pop();
    }
    return;
  }
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'object') continue;
    path.push(k);
    missingIn(v, path, lang, out, depth + 1);
    path.pop();
  }
}

const SHOWN = 6;
/** `name, description, objectives[0].kpi` (the first few, then how many more). */
function fieldList(paths: readonly Path[]): string {
  const names = paths.map((p) => p.reduce<string>((s, x) => (typeof x === 'number' ? `${s}[${x}]` : s ? `${s}.${x}` : x), ''));
  return names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')} (+${names.length - SHOWN})` : names.join(', ');
}

export function missingLanguageDiagnostics(model: ArchitectureModel): Diagnostic[] {
  if (!model.manifest.languages?.includes('en')) return [];
  const out: Diagnostic[] = [];
  const contents: Path[] = [];
  missingIn(model.manifest.contents, ['contents'], 'en', contents);
  if (contents.length > 0) out.push(diag('model/missing-language', { what: 'arch.yaml', fields: fieldList(contents) }, model.manifestFile.at(contents[0]!)));
  for (const e of model.elements) {
    const o = model.origin.get(e.id);
    if (!o) continue;
    const paths: Path[] = [];
    missingIn(e, [], 'en', paths, -1); // its fields at depth 0, as the manifest's contents
    if (paths.length === 0) continue;
    const fields = fieldList(paths);
    const d = diag('model/missing-language', { what: `${KIND_INFO[e.kind].label.vi} "${e.id}"`, fields }, o.file.at(['elements', o.index, ...paths[0]!]));
    d.message.en = diag('model/missing-language', { what: `${KIND_INFO[e.kind].label.en} "${e.id}"`, fields }).message.en;
    out.push(d);
  }
  return out;
}
