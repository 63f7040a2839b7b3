/**
 * Mermaid `flowchart` export (renders on GitHub): one subgraph per layer, node ids sanitised to
 * `[A-Za-z0-9_]`, every label quoted with Mermaid entity codes for characters that would break the
 * syntax (`"`, `[`, `]`, `<`, `>`, `|`, `#`, …). Stable order: layers, then ids; edges sorted.
 */
import { relationLabel } from '../views/data.js';
import { LAYERS, type ArchitectureGraph } from '../graph/types.js';
import { displayName, layerLabel, oneLine, type ExportLang } from '../views/labels.js';

export interface MermaidOptions {
  lang?: ExportLang;
  /** Flow direction, LR by default. */
  direction?: 'LR' | 'TB' | 'RL' | 'BT';
  /** Show the relation on each edge (default true). */
  edgeLabels?: boolean;
  /** Node ids drawn highlighted (e.g. the root of an impact query). */
  highlight?: readonly string[];
  /** Group nodes into one subgraph per layer (default true). */
  groupByLayer?: boolean;
  /**
   * Simplify the diagram until it fits these limits (default: GitHub's Mermaid limits, 50 000 characters
   * and 500 edges, which GitHub does not let a diagram raise); `false` never simplifies.
   */
  limits?: { maxTextSize: number; maxEdges: number } | false;
}

/** GitHub renders Mermaid with the library defaults; `maxTextSize` and `maxEdges` cannot be raised from a diagram. */
export const GITHUB_MERMAID_LIMITS = { maxTextSize: 50_000, maxEdges: 500 } as const;

/** Simplifications, applied in this order until the diagram fits. */
export type MermaidSimplification = 'secondary-edge-labels' | 'edge-labels' | 'secondary-edges' | 'node-ids';
const STEPS: readonly MermaidSimplification[] = ['secondary-edge-labels', 'edge-labels', 'secondary-edges', 'node-ids'];

export interface MermaidResult {
  text: string;
  /** What was left out to fit the limits (empty when nothing was). */
  simplified: MermaidSimplification[];
  /** False when even the simplest form exceeds the limits (filter the graph instead). */
  fits: boolean;
}

const ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '`': '#96;',
  ';': '#59;',
  '&': '#38;',
  '\\': '#92;',
  '%': '#37;',
};

/** Escapes text for a quoted Mermaid label. */
export function mermaidText(s: string): string {
  return oneLine(s).replace(/["#[\](){}<>|`;&\\%]/g, (c) => ENTITY[c]!);
}

/** Maps element ids to unique Mermaid-safe ids (`n_` + sanitised id, numbered on collision). */
export function mermaidIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    const base = `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let safe = base;
    for (let i = 2; used.has(safe); i++) safe = `${base}_${i}`;
    used.add(safe);
    out.set(id, safe);
  }
  return out;
}

const CLASS_DEFS = [
  'classDef business fill:#fff4d6,stroke:#b38600',
  'classDef data fill:#e3f2fd,stroke:#1565c0',
  'classDef application fill:#e8f5e9,stroke:#2e7d32',
  'classDef technology fill:#f3e5f5,stroke:#6a1b9a',
  'classDef security fill:#ffebee,stroke:#c62828',
  'classDef governance fill:#eceff1,stroke:#455a64',
  'classDef external fill:#ffffff,stroke:#616161,stroke-dasharray:4 3',
  'classDef highlight stroke-width:3px,stroke:#d50000',
];

/** Mermaid text of the graph, simplified if needed to fit the limits (see `toMermaidResult`). */
export function toMermaid(graph: ArchitectureGraph, options: MermaidOptions = {}): string {
  return toMermaidResult(graph, options).text;
}

/** Mermaid text plus what was simplified to fit GitHub's limits: first the labels of non-dependency edges, then all edge labels, then non-dependency edges, then the ids under node names. */
export function toMermaidResult(graph: ArchitectureGraph, options: MermaidOptions = {}): MermaidResult {
  const limits = options.limits === undefined ? GITHUB_MERMAID_LIMITS : options.limits;
  const applied: MermaidSimplification[] = [];
  const fits = (text: string, edges: number) => !limits || (text.length <= limits.maxTextSize && edges <= limits.maxEdges);
  // Every node line holds at least 12 characters: past that many nodes even the simplest form cannot fit, and
  // the steps below would all be applied one by one, each a full render. Apply them at once.
  if (limits && graph.nodes.length * 12 > limits.maxTextSize) {
    const r = render(graph, options, STEPS);
    return { text: r.text, simplified: [...STEPS], fits: false };
  }
  let r = render(graph, options, applied);
  for (const step of STEPS) {
    if (fits(r.text, r.edges)) break;
    applied.push(step);
    r = render(graph, options, applied);
  }
  return { text: r.text, simplified: applied, fits: fits(r.text, r.edges) };
}

function render(graph: ArchitectureGraph, options: MermaidOptions, applied: readonly MermaidSimplification[]): { text: string; edges: number } {
  const lang = options.lang ?? 'vi';
  const has = (s: MermaidSimplification) => applied.includes(s);
  const ids = mermaidIds(graph.nodes.map((n) => n.id));
  const lines: string[] = [`flowchart ${options.direction ?? 'LR'}`, '  %% generated by arch'];
  if (applied.length) lines.push(`  %% simplified to fit the Mermaid limits of GitHub: ${applied.join(', ')} left out`);
  const nodeLine = (indent: string, id: string) => {
    const n = graph.byId.get(id)!;
    const label = has('node-ids') ? mermaidText(displayName(n, lang)) : `${mermaidText(displayName(n, lang))}<br/>${mermaidText(n.id)}`;
    return `${indent}${ids.get(id)}["${label}"]:::${n.layer}`;
  };
  if (options.groupByLayer === false) {
    for (const n of graph.nodes) lines.push(nodeLine('  ', n.id));
  } else {
    for (const layer of LAYERS) {
      const members = graph.nodes.filter((n) => n.layer === layer);
      if (members.length === 0) continue;
      lines.push(`  subgraph L_${layer}["${mermaidText(layerLabel(layer, lang))}"]`);
      for (const n of members) lines.push(nodeLine('    ', n.id));
      lines.push('  end');
    }
  }
  let edges = 0;
  for (const e of graph.edges) {
    const a = ids.get(e.from);
    const b = ids.get(e.to);
    if (!a || !b || (!e.dependency && has('secondary-edges'))) continue;
    const arrow = e.dependency ? '-->' : '-.->';
    const label = options.edgeLabels !== false && !has('edge-labels') && (e.dependency || !has('secondary-edge-labels'));
    lines.push(label ? `  ${a} ${arrow}|"${mermaidText(relationLabel(e.relation, lang))}"| ${b}` : `  ${a} ${arrow} ${b}`);
    edges++;
  }
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  const hi = (options.highlight ?? []).map((id) => ids.get(id)).filter((x): x is string => Boolean(x));
  if (hi.length) lines.push(`  class ${hi.join(',')} highlight`);
  return { text: `${lines.join('\n')}\n`, edges };
}
