/** The tables of docs/graph.md, generated from the relation table and the ArchiMate mapping (the docs test keeps them in sync). */
import { ELEMENT_TYPE, EXTERNAL_TYPE, chooseRelationship } from '../../src/export/archimate/mapping.js';
import type { GraphNode } from '../../src/graph/types.js';
import { KINDS, KIND_INFO, isKind } from '../../src/model/kinds.js';
import { RELATIONS } from '../../src/model/relations.js';

const node = (kind: string): GraphNode =>
  isKind(kind)
    ? { id: kind, kind, layer: KIND_INFO[kind].layer, name: { vi: kind }, external: false, props: {} }
    : { id: `${kind}:x`, kind: kind as 'national', layer: 'external', name: { vi: kind }, external: true, props: {} };

export function relationTable(): string {
  const rows = RELATIONS.map((r) => {
    const arch = [...new Set(r.targets.map((t) => {
      const c = chooseRelationship(r.field, node(r.kind), node(t));
      return `${c.type}${c.reverse ? ' (←)' : ''}`;
    }))].join(', ');
    return `| \`${r.kind}\` | \`${r.field}\` | ${r.relation} | ${r.inverse} | ${r.targets.map((t) => `\`${t}\``).join(', ')} | ${r.dependency ? 'yes' : ''} | ${arch} |`;
  });
  return ['| kind | field | relation | inverse | targets | dependency | ArchiMate relationship |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function elementTable(): string {
  const rows = KINDS.map((k) => `| \`${k}\` | ${KIND_INFO[k].label.vi} — ${KIND_INFO[k].label.en} | ${KIND_INFO[k].layer} | ${ELEMENT_TYPE[k]} |`);
  const ext = Object.entries(EXTERNAL_TYPE).map(([ns, t]) => `| \`${ns}:…\` | catalogue entry | external | ${t} |`);
  return ['| kind | label | layer | ArchiMate element |', '|---|---|---|---|', ...rows, ...ext].join('\n');
}

export const block = (name: string, body: string): string => `<!-- BEGIN ${name} (generated from the code; test/graph/docs.test.ts checks it) -->\n${body}\n<!-- END ${name} -->`;
