/**
 * GraphML export (yEd, Gephi, Cytoscape, NetworkX): typed keys for every node and edge attribute,
 * nodes in layer/id order, edges sorted, well-formed XML.
 */
import { joinPieces, linePieces } from '../util/line-pieces.js';
import type { ArchitectureGraph } from '../graph/types.js';
import { displayName, kindLabel, type ExportLang } from '../views/labels.js';
import { XML_DECLARATION, XML_MARKER, xmlEscape } from './xml.js';

export interface GraphmlOptions {
  lang?: ExportLang;
}

const NODE_KEYS = [
  ['label', 'label', 'string'],
  ['kind', 'kind', 'string'],
  ['kind_label', 'kind_label', 'string'],
  ['layer', 'layer', 'string'],
  ['name_vi', 'name_vi', 'string'],
  ['name_en', 'name_en', 'string'],
  ['status', 'status', 'string'],
  ['external', 'external', 'boolean'],
] as const;
const EDGE_KEYS = [
  ['relation', 'relation', 'string'],
  ['inverse', 'inverse', 'string'],
  ['field', 'field', 'string'],
  ['dependency', 'dependency', 'boolean'],
] as const;

/** The GraphML file as one string. */
export const toGraphml = (graph: ArchitectureGraph, options: GraphmlOptions = {}): string => joinPieces(graphmlPieces(graph, options));

/** The GraphML file in pieces of about 64 KiB (see util/line-pieces.ts). */
export const graphmlPieces = (graph: ArchitectureGraph, options: GraphmlOptions = {}): Generator<string> => linePieces(graphmlLines(graph, options));

function* graphmlLines(graph: ArchitectureGraph, options: GraphmlOptions): Generator<string> {
  const lang = options.lang ?? 'vi';
  const props = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.props)))].sort();
  yield* [
    XML_DECLARATION,
    XML_MARKER,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [id, name, type] of NODE_KEYS) yield `  <key id="n_${id}" for="node" attr.name="${name}" attr.type="${type}"/>`;
  for (const p of props) yield `  <key id="n_p_${xmlEscape(p)}" for="node" attr.name="${xmlEscape(p)}" attr.type="string"/>`;
  for (const [id, name, type] of EDGE_KEYS) yield `  <key id="e_${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`;
  yield '  <graph id="architecture" edgedefault="directed">';
  const data = (key: string, v: string | undefined) => (v === undefined ? [] : [`      <data key="${key}">${xmlEscape(v)}</data>`]);
  for (const n of graph.nodes) {
    yield* [
      `    <node id="${xmlEscape(n.id)}">`,
      ...data('n_label', displayName(n, lang)),
      ...data('n_kind', n.kind),
      ...data('n_kind_label', kindLabel(n.kind, lang)),
      ...data('n_layer', n.layer),
      ...data('n_name_vi', n.name.vi),
      ...data('n_name_en', n.name.en),
      ...data('n_status', n.status),
      ...data('n_external', String(n.external)),
      ...props.flatMap((p) => data(`n_p_${xmlEscape(p)}`, n.props[p])),
      '    </node>',
    ];
  }
  for (let i = 0; i < graph.edges.length; i++) {
    const e = graph.edges[i]!;
    if (!graph.byId.has(e.from) || !graph.byId.has(e.to)) continue;
    yield* [
      `    <edge id="e${i}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}">`,
      ...data('e_relation', e.relation),
      ...data('e_inverse', e.inverse),
      ...data('e_field', e.field),
      ...data('e_dependency', String(e.dependency)),
      '    </edge>',
    ];
  }
  yield* ['  </graph>', '</graphml>'];
}
