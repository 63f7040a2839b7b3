/**
 * The same synthetic architecture as LikeC4 DSL (.c4 files), so `likec4 validate` can be timed on the same model as
 * `arch validate` (scripts/compare-peers.mjs): a `specification` with one element kind per arch kind (and one per
 * catalogue prefix), every element with its id, Vietnamese name as title and Vietnamese description, and every
 * reference field value as a relationship `source -> target 'field'` (except a reference to the element itself, e.g. a
 * principle that `satisfies` itself: LikeC4 rejects relationships from an element to itself). Catalogue references (`national:ndxp`,
 * `std:…`) point at elements of catalogues.c4, nested under their prefix (`national.ndxp`). Files are split like
 * the YAML ones (scripts/bench/generate-lib.mjs `elementFiles`); the other scalar fields are not carried over.
 */
import { elementFiles } from './generate-lib.mjs';

/** A LikeC4 name for an arch id: dots become underscores (`tt39-1.11-ipv4` → `tt39-1_11-ipv4`). */
const nameOf = (id) => {
  const name = id.replace(/\./g, '_');
  if (!/^[a-zA-Z][-\w]*$/.test(name)) throw new Error(`to-likec4: '${id}' has no LikeC4 name`);
  return name;
};

/** A LikeC4 string literal; the generated texts contain no quote of the chosen kind. */
const str = (text) => {
  const q = text.includes("'") ? '"' : "'";
  if (text.includes(q)) throw new Error(`to-likec4: cannot quote ${JSON.stringify(text)}`);
  return `${q}${text}${q}`;
};

/** The Vietnamese text of a bilingual field (a folded block joins its lines with spaces, as YAML `>-` does). */
const vi = (field) => (field?.vi?.__folded ? field.vi.lines.join(' ') : field?.vi ?? '');

/**
 * Converts generated elements (`generateElements`) into LikeC4 files: relative path → content.
 * `relations` lists the reference fields of each kind (`{kind, field}`, e.g. src/model/relations.ts RELATIONS).
 * @param {object[]} elements
 * @param {readonly {kind: string, field: string}[]} relations
 * @returns {Map<string, string>}
 */
export function toLikeC4(elements, relations) {
  const refFields = new Map();
  for (const { kind, field } of relations) refFields.set(kind, [...(refFields.get(kind) ?? []), field]);
  const names = new Map();
  const target = (ref) => {
    const colon = ref.indexOf(':');
    if (colon < 0) return nameOf(ref);
    const prefix = ref.slice(0, colon);
    if (!names.has(prefix)) names.set(prefix, new Set());
    names.get(prefix).add(ref.slice(colon + 1));
    return `${prefix}.${nameOf(ref.slice(colon + 1))}`;
  };

  const files = new Map();
  for (const { kind, layer, part, elements: list } of elementFiles(elements)) {
    const defs = [];
    const rels = [];
    for (const el of list) {
      const id = nameOf(el.id);
      defs.push(`  ${id} = ${kind} ${str(el.name?.vi ?? '')} {`, `    description ${str(vi(el.description))}`, '  }');
      for (const field of refFields.get(kind) ?? []) {
        const v = el[field];
        for (const ref of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
          if (ref !== el.id) rels.push(`  ${id} -> ${target(ref)} ${str(field)}`);
        }
      }
    }
    files.set(`elements/${layer}/${kind}-${part}.c4`, ['model {', ...defs, '', ...rels, '}', ''].join('\n'));
  }

  const prefixes = [...names.keys()].sort();
  const catalogues = ['model {'];
  for (const prefix of prefixes) {
    catalogues.push(`  ${prefix} = catalogue ${str(prefix)} {`);
    for (const id of [...names.get(prefix)].sort()) catalogues.push(`    ${nameOf(id)} = ${prefix} ${str(id)}`);
    catalogues.push('  }');
  }
  files.set('catalogues.c4', [...catalogues, '}', ''].join('\n'));

  const kinds = [...new Set(elements.map((e) => e.kind))];
  const spec = ['specification {', ...[...kinds, 'catalogue', ...prefixes].map((k) => `  element ${k}`), '}', ''];
  files.set('specification.c4', spec.join('\n'));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The views of a static site like the one `arch build` writes, for `likec4 build`: an index of the platforms and
 * information systems, and one view per information system scoped to it (`include *`: the system and what it is
 * related to), as `arch build` writes a page with a neighbourhood diagram per system. Without views LikeC4 builds
 * a default index of every element, which at 1k elements it cannot lay out within its own 20 s limit.
 * @param {object[]} elements generated elements (`generateElements`)
 * @returns {string} the content of views.c4
 */
export function likeC4Views(elements) {
  const systems = elements.filter((e) => e.kind === 'information-system').map((e) => nameOf(e.id));
  const views = ['views {', '  view index {', '    include element.kind = platform, element.kind = information-system', '  }'];
  for (const id of systems) views.push(`  view ${nameOf(`v-${id}`)} of ${id} {`, '    include *', '  }');
  return [...views, '}', ''].join('\n');
}
