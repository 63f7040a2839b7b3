/**
 * ArchiMate 3.1 Open Exchange Format writer (namespace http://www.opengroup.org/xsd/archimate/3.0/):
 * elements with names in Vietnamese and English (`xml:lang`), relationships chosen by `mapping.ts`,
 * properties through propertyDefinitions, one organization folder per layer, one view per layer
 * (nodes before connections). Validates against exchange.xsd; deterministic output.
 */
import type { ArchitectureGraph, GraphEdge, GraphNode, NodeLayer } from '../../graph/types.js';
import { LAYERS, LAYER_LABEL } from '../../graph/types.js';
import type { ArchitectureModel, Text } from '../../model/types.js';
import { joinPieces, linePieces } from '../../util/line-pieces.js';
import { XML_DECLARATION, XML_MARKER, xmlEscape } from '../xml.js';
import { connectionId, elementId, propertyId, relationshipId, viewId, viewNodeId } from './ids.js';
import { chooseRelationship, elementTypeOf } from './mapping.js';

export interface ArchimateOptions {
  /** Language listed first where both are written (Archi shows the first name). */
  lang?: 'vi' | 'en';
}

const PROPERTIES = ['arch-id', 'arch-kind', 'status', 'securityLevel', 'platformType', 'level', 'serviceLevel', 'refModel', 'category', 'type'] as const;

interface Rel {
  id: string;
  edge: GraphEdge;
  source: string;
  target: string;
  type: string;
  accessType?: string;
}

function names(tag: string, text: Text | { vi: string; en?: string }, lang: 'vi' | 'en', indent: string): string[] {
  const vi = `${indent}<${tag} xml:lang="vi">${xmlEscape(text.vi)}</${tag}>`;
  const en = text.en ? `${indent}<${tag} xml:lang="en">${xmlEscape(text.en)}</${tag}>` : undefined;
  return (lang === 'en' ? [en, vi] : [vi, en]).filter((x): x is string => Boolean(x));
}

function propsOf(n: GraphNode): [string, string][] {
  const all: Record<string, string | undefined> = { 'arch-id': n.id, 'arch-kind': n.kind, status: n.status, ...n.props };
  return PROPERTIES.flatMap((p) => (all[p] !== undefined ? [[p, all[p]!] as [string, string]] : []));
}

function relationships(graph: ArchitectureGraph): Rel[] {
  const out: Rel[] = [];
  for (const e of graph.edges) {
    const a = graph.byId.get(e.from);
    const b = graph.byId.get(e.to);
    if (!a || !b) continue;
    const chosen = chooseRelationship(e.field, a, b);
    const [s, t] = chosen.reverse ? [b, a] : [a, b];
    out.push({ id: relationshipId(e.from, e.field, e.index), edge: e, source: s.id, target: t.id, type: chosen.type, ...(chosen.accessType ? { accessType: chosen.accessType } : {}) });
  }
  return out;
}

/** Nodes shown in a layer's view: the layer's elements, then the elements they depend on directly. */
function viewMembers(graph: ArchitectureGraph, layer: NodeLayer): GraphNode[] {
  const own = graph.nodes.filter((n) => n.layer === layer);
  const ids = new Set(own.map((n) => n.id));
  const extra = new Set<string>();
  for (const e of graph.edges) if (e.dependency && ids.has(e.from) && !ids.has(e.to)) extra.add(e.to);
  return [...own, ...graph.nodes.filter((n) => extra.has(n.id))];
}

function* view(graph: ArchitectureGraph, layer: NodeLayer, rels: Rel[], lang: 'vi' | 'en'): Generator<string> {
  const members = viewMembers(graph, layer);
  if (members.length === 0) return;
  const cols = Math.max(1, Math.ceil(Math.sqrt(members.length)));
  yield `      <view identifier="${viewId(layer)}" xsi:type="Diagram">`;
  yield* names('name', LAYER_LABEL[layer], lang, '        ');
  const inView = new Set(members.map((m) => m.id));
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const x = 24 + (i % cols) * 200;
    const y = 24 + Math.floor(i / cols) * 100;
    yield `        <node identifier="${viewNodeId(layer, m.id)}" elementRef="${elementId(m.id)}" xsi:type="Element" x="${x}" y="${y}" w="170" h="64"/>`;
  }
  for (const r of rels) {
    if (!inView.has(r.source) || !inView.has(r.target) || r.source === r.target) continue;
    yield `        <connection identifier="${connectionId(layer, r.id)}" relationshipRef="${r.id}" xsi:type="Relationship" source="${viewNodeId(layer, r.source)}" target="${viewNodeId(layer, r.target)}"/>`;
  }
  yield '      </view>';
}

type ArchimateModel = Pick<ArchitectureModel, 'manifest' | 'byId' | 'owner'>;

/** The exchange file as one string. */
export const toArchimate = (model: ArchimateModel, graph: ArchitectureGraph, options: ArchimateOptions = {}): string => joinPieces(archimatePieces(model, graph, options));

/** The exchange file in pieces of about 64 KiB (see util/line-pieces.ts). */
export const archimatePieces = (model: ArchimateModel, graph: ArchitectureGraph, options: ArchimateOptions = {}): Generator<string> => linePieces(archimateLines(model, graph, options));

function* archimateLines(model: ArchimateModel, graph: ArchitectureGraph, options: ArchimateOptions): Generator<string> {
  const lang = options.lang ?? 'vi';
  const m = model.manifest;
  const title = {
    vi: `Kiến trúc ${model.owner.name.vi} — phiên bản ${m.architecture.version}`,
    en: `${model.owner.name.en ?? model.owner.name.vi} architecture — version ${m.architecture.version}`,
  };
  const rels = relationships(graph);
  const used = new Set(graph.nodes.flatMap((n) => propsOf(n).map(([p]) => p)));
  // Lines are written as they are made; only the organizations' item lines are gathered first (it may be empty).
  yield* [
    XML_DECLARATION,
    XML_MARKER,
    `<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd" identifier="${elementId(`model--${model.owner.code.toLowerCase()}`)}" version="${xmlEscape(m.architecture.version)}">`,
    ...names('name', title, lang, '  '),
    `  <documentation xml:lang="en">generated by arch from the architecture repository (framework ${xmlEscape(m.framework)}, ${xmlEscape(m.architecture.date)})</documentation>`,
  ];
  if (graph.nodes.length) yield '  <elements>';
  for (const n of graph.nodes) {
    yield `    <element identifier="${elementId(n.id)}" xsi:type="${elementTypeOf(n)}">`;
    yield* names('name', n.name, lang, '      ');
    const desc = model.byId.get(n.id)?.description;
    if (desc) yield* names('documentation', desc, lang, '      ');
    const props = propsOf(n);
    if (props.length) {
      yield '      <properties>';
      for (const [p, v] of props) yield* [`        <property propertyDefinitionRef="${propertyId(p)}">`, `          <value xml:lang="en">${xmlEscape(v)}</value>`, '        </property>'];
      yield '      </properties>';
    }
    yield '    </element>';
  }
  if (graph.nodes.length) yield '  </elements>';
  if (rels.length) {
    yield '  <relationships>';
    for (const r of rels) {
      const access = r.accessType ? ` accessType="${r.accessType}"` : '';
      yield* [`    <relationship identifier="${r.id}" source="${elementId(r.source)}" target="${elementId(r.target)}" xsi:type="${r.type}"${access}>`, `      <name xml:lang="en">${xmlEscape(r.edge.relation)}</name>`, '    </relationship>'];
    }
    yield '  </relationships>';
  }
  const byLayer = new Map<NodeLayer, GraphNode[]>();
  for (const n of graph.nodes) (byLayer.get(n.layer) ?? byLayer.set(n.layer, []).get(n.layer)!).push(n);
  const views = LAYERS.filter((l) => byLayer.has(l));
  // An empty <organizations> is not allowed: it is written only when it holds an item.
  if (views.length || rels.length) {
    yield '  <organizations>';
    for (const layer of views) {
      yield '    <item>';
      yield* names('label', LAYER_LABEL[layer], lang, '      ');
      for (const n of byLayer.get(layer)!) yield `      <item identifierRef="${elementId(n.id)}"/>`;
      yield '    </item>';
    }
    if (rels.length) {
      yield '    <item>';
      yield* names('label', { vi: 'Quan hệ', en: 'Relations' }, lang, '      ');
      for (const r of rels) yield `      <item identifierRef="${r.id}"/>`;
      yield '    </item>';
    }
    if (views.length) {
      yield '    <item>';
      yield* names('label', { vi: 'Khung nhìn', en: 'Views' }, lang, '      ');
      for (const l of views) yield `      <item identifierRef="${viewId(l)}"/>`;
      yield '    </item>';
    }
    yield '  </organizations>';
  }
  const defs = PROPERTIES.filter((p) => used.has(p));
  if (defs.length) {
    yield '  <propertyDefinitions>';
    for (const p of defs) yield* [`    <propertyDefinition identifier="${propertyId(p)}" type="string">`, `      <name xml:lang="en">${p}</name>`, '    </propertyDefinition>'];
    yield '  </propertyDefinitions>';
  }
  if (views.length) {
    yield* ['  <views>', '    <diagrams>'];
    for (const l of views) yield* view(graph, l, rels, lang);
    yield* ['    </diagrams>', '  </views>'];
  }
  yield '</model>';
}
