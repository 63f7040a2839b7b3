/** Cycles, impact, isolation, platform bypass and layer rules on small repositories with readable ids. */
import { describe, expect, it } from 'vitest';
import {
  externalIntegrationsBypassingPlatform,
  findCycles,
  impact,
  isolated,
  layerViolations,
  type ArchitectureGraph,
  type GraphEdge,
  type GraphNode,
} from '../../src/graph/index.js';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import { is, modelOf, repoWith } from './fixtures.js';

/** graphology-dag's answer, the reference the hand-written cycle finder is checked against. */
function hasDependencyCycle(graph: ArchitectureGraph): boolean {
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) g.addNode(n.id);
  for (const e of graph.edges) if (e.dependency) g.mergeEdge(e.from, e.to);
  return hasCycle(g);
}

const project = (id: string, deps: string[]) =>
  `  - {kind: project, id: ${id}, name: {vi: "Dự án ${id}"}, owner: cuc-cntt, status: planned, dependsOn: [${deps.join(', ')}]}\n`;

describe('findCycles', () => {
  it('lists each dependency cycle once, in order, starting at its smallest id', () => {
    const { graph, diagnostics } = modelOf(
      repoWith(is('a', 'dependsOn: [b]') + is('b', 'dependsOn: [c]') + is('c', 'dependsOn: [a]') + is('d', 'dependsOn: [a]') + project('p2', ['p1']) + project('p1', ['p2'])),
    );
    expect(diagnostics.filter((d) => d.code.startsWith('model/') || d.code.startsWith('schema/'))).toEqual([]);
    const cycles = findCycles(graph);
    expect(cycles.map((c) => c.nodes)).toEqual([
      ['a', 'b', 'c'],
      ['p1', 'p2'],
    ]);
    expect(cycles[0]!.edges.map((e) => `${e.from}>${e.to}:${e.field}`)).toEqual(['a>b:dependsOn', 'b>c:dependsOn', 'c>a:dependsOn']);
    expect(hasDependencyCycle(graph)).toBe(true);
  });

  it('reports one shortest cycle per strongly connected component', () => {
    const { graph } = modelOf(repoWith(is('a', 'dependsOn: [b]') + is('b', 'dependsOn: [a, c]') + is('c', 'dependsOn: [a]')));
    expect(findCycles(graph).map((c) => c.nodes)).toEqual([['a', 'b']]);
  });

  it('follows dependency edges of every kind (uses, databases, connectsTo) and ignores ownership loops', () => {
    const { graph } = modelOf(
      repoWith(
        is('portal', 'uses: [lgsp]') +
          `  - {kind: platform, id: lgsp, name: {vi: "LGSP"}, owner: cuc-cntt, status: current, platformType: lgsp, connectsTo: [portal]}\n` +
          `  - {kind: org-unit, id: vu-a, name: {vi: "Vụ A"}, status: current, parent: vu-b}\n  - {kind: org-unit, id: vu-b, name: {vi: "Vụ B"}, status: current, parent: vu-a}\n`,
      ),
    );
    expect(findCycles(graph).map((c) => c.nodes)).toEqual([['lgsp', 'portal']]);
  });

  it('finds the same cycle from the model\'s references (validate) as from the sorted graph, whatever the field order', () => {
    // a's references come in field order (c before b); the graph orders them by target, so the search meets b first.
    const { model, graph, diagnostics } = modelOf(repoWith(is('a', 'dependsOn: [c, b]') + is('b', 'dependsOn: [a]') + is('c', 'dependsOn: [a]')));
    expect(model.references.filter((r) => r.from === 'a' && r.field === 'dependsOn').map((r) => r.to)).toEqual(['c', 'b']);
    const fromModel = findCycles({ nodes: model.elements, edges: model.references });
    expect(fromModel.map((c) => c.nodes)).toEqual([['a', 'b']]);
    expect(fromModel).toEqual(findCycles(graph));
    expect(diagnostics.filter((d) => d.code === 'graph/cycle').map((d) => d.message.en)).toEqual([expect.stringContaining('a → b → a')]);
  });

  it('returns nothing for an acyclic graph', () => {
    const { graph } = modelOf(repoWith(is('a', 'dependsOn: [b]') + is('b', 'dependsOn: [c]') + is('c')));
    expect(findCycles(graph)).toEqual([]);
    expect(hasDependencyCycle(graph)).toBe(false);
  });

  it('finds a cycle exactly when graphology-dag does, on random graphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 60 }))), ([n, pairs]) => {
        const id = (i: number) => `n${String(i).padStart(2, '0')}`;
        const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({ id: id(i), kind: 'information-system', layer: 'application', name: { vi: id(i) }, external: false, props: {} }));
        const edges: GraphEdge[] = pairs.map(([a, b, dependency]) => ({ from: id(a), to: id(b), field: 'dependsOn', relation: 'dependsOn', inverse: 'dependencyOf', dependency }));
        const graph: ArchitectureGraph = { nodes, edges, byId: new Map(nodes.map((x) => [x.id, x])) };
        // findCycles leaves self-loops out (a system may list itself; that is reported elsewhere).
        const withoutLoops = { ...graph, edges: edges.filter((e) => e.from !== e.to) };
        expect(findCycles(graph).length > 0).toBe(hasDependencyCycle(withoutLoops));
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 20 000-element ring without exhausting the stack (iterative)', () => {
    const n = 20_000;
    const id = (i: number) => `s${String(i).padStart(5, '0')}`;
    const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({ id: id(i), kind: 'information-system', layer: 'application', name: { vi: id(i) }, external: false, props: {} }));
    const edges: GraphEdge[] = nodes.map((_, i) => ({ from: id(i), to: id((i + 1) % n), field: 'dependsOn', relation: 'dependsOn', inverse: 'dependencyOf', dependency: true }));
    const graph: ArchitectureGraph = { nodes, edges, byId: new Map(nodes.map((x) => [x.id, x])) };
    const [cycle] = findCycles(graph);
    expect(cycle!.nodes).toHaveLength(n);
    expect(cycle!.nodes[0]).toBe(id(0));
    expect(cycle!.nodes[n - 1]).toBe(id(n - 1));
    expect(impact(graph, id(0), { direction: 'down' }).entries).toHaveLength(n - 1);
  });
});

describe('impact', () => {
  const repo = () =>
    modelOf(
      repoWith(
        is('portal', 'dependsOn: [tthc]') +
          is('tthc', 'uses: [lgsp, "national:csdlqg-dan-cu"]') +
          `  - {kind: platform, id: lgsp, name: {vi: "LGSP"}, owner: cuc-cntt, status: current, platformType: lgsp, connectsTo: ["national:ndxp"]}\n` +
          is('app-report', 'uses: [lgsp]'),
      ),
    ).graph;

  it('down: everything the element depends on, transitively, with a shortest path', () => {
    const r = impact(repo(), 'portal', { direction: 'down' });
    expect(r.entries.map((e) => [e.id, e.distance, e.path.join('>')])).toEqual([
      ['tthc', 1, 'portal>tthc'],
      ['lgsp', 2, 'portal>tthc>lgsp'],
      ['national:csdlqg-dan-cu', 2, 'portal>tthc>national:csdlqg-dan-cu'],
      ['national:ndxp', 3, 'portal>tthc>lgsp>national:ndxp'],
    ]);
    expect(r.entries.at(-1)!.edges.map((e) => e.relation)).toEqual(['dependsOn', 'uses', 'connectsTo']);
  });

  it('up: everything that depends on the element, and depth limits the walk', () => {
    const g = repo();
    expect(impact(g, 'national:ndxp', { direction: 'up' }).entries.map((e) => `${e.id}@${e.distance}`)).toEqual(['lgsp@1', 'app-report@2', 'tthc@2', 'portal@3']);
    expect(impact(g, 'national:ndxp', { direction: 'up', depth: 2 }).entries.map((e) => e.id)).toEqual(['lgsp', 'app-report', 'tthc']);
    expect(impact(g, 'national:ndxp', { direction: 'up', depth: 0 }).entries).toEqual([]);
  });

  it('an integration is a dependency between its ends: its consumer depends on it, it on its provider', () => {
    const itg = (id: string, from: string, to: string, extra = '') =>
      `  - {kind: integration, id: ${id}, name: {vi: "${id}"}, owner: cuc-cntt, status: current, from: ${from}, to: ${to}, via: [national:ndxp]${extra}}\n`;
    const { graph } = modelOf(
      repoWith(
        is('ht-a') + is('ht-b') + is('ht-c') +
          itg('kn-a-dan-cu', 'ht-a', 'national:csdlqg-dan-cu') + // ht-a's only link to the population database
          itg('kn-a-vneid', 'ht-a', 'national:vneid') + // ht-a's own link elsewhere: not a dependent of ht-a
          itg('kn-a-b', 'ht-a', 'ht-b') + // data from ht-a to ht-b: ht-b depends on ht-a through it
          itg('kn-b-c', 'ht-b', 'ht-c', ', direction: two_way'),
      ),
    );
    const up = (id: string) => impact(graph, id, { direction: 'up' }).entries.map((e) => `${e.id}@${e.distance}`);
    expect(up('national:csdlqg-dan-cu')).toEqual(['kn-a-dan-cu@1', 'ht-a@2', 'kn-a-b@3', 'ht-b@4', 'kn-b-c@5', 'ht-c@6']);
    // A national platform never depends on a ministry's system; a two-way link works both ways.
    expect(up('ht-c')).toEqual(['kn-b-c@1', 'ht-b@2']);
    const down = impact(graph, 'ht-b', { direction: 'down' }).entries.map((e) => e.id);
    // Down: what ht-b depends on, through its integrations and what they pass through (via NDXP).
    expect(down).toEqual(['kn-a-b', 'kn-b-c', 'ht-a', 'ht-c', 'national:ndxp', 'kn-a-dan-cu', 'kn-a-vneid', 'national:csdlqg-dan-cu', 'national:vneid']);
  });

  it('both: down entries then up entries; all relations on request; unknown ids give nothing', () => {
    const g = repo();
    const both = impact(g, 'lgsp');
    expect(both.entries.map((e) => `${e.direction}:${e.id}`)).toEqual(['down:national:ndxp', 'up:app-report', 'up:tthc', 'up:portal']);
    expect(impact(g, 'lgsp', { direction: 'down', allRelations: true }).entries.map((e) => e.id)).toContain('cuc-cntt');
    expect(impact(g, 'no-such-id').entries).toEqual([]);
  });
});

describe('isolated', () => {
  it('flags systems, databases and platforms that nothing connects, ignoring owner and principles', () => {
    const { model } = modelOf(
      repoWith(
        is('lonely', 'satisfies: [p-share]') +
          is('user', 'databases: [db-used]') +
          `  - {kind: database, id: db-used, name: {vi: "CSDL A"}, owner: cuc-cntt, status: current}\n` +
          `  - {kind: database, id: db-alone, name: {vi: "CSDL B"}, owner: cuc-cntt, status: current}\n` +
          `  - {kind: principle, id: p-share, name: {vi: "Chia sẻ"}, owner: cuc-cntt, status: current, statement: {vi: "Dùng chung"}}\n` +
          `  - {kind: project, id: du-an, name: {vi: "Dự án"}, owner: cuc-cntt, status: planned, delivers: [lonely]}\n`,
      ),
    );
    expect(isolated(model).map((e) => e.id)).toEqual(['db-alone', 'lonely']);
  });
});

describe('integrations bypassing the integration platform', () => {
  const integ = (id: string, from: string, to: string, via?: string) =>
    `  - {kind: integration, id: ${id}, name: {vi: "Kết nối ${id}"}, owner: cuc-cntt, status: current, from: ${from}, to: "${to}"${via ? `, via: [${via}]` : ''}}\n`;
  it('flags external links without LGSP / NDXP / NDC coordination in via', () => {
    const { model } = modelOf(
      repoWith(
        is('tthc') +
          `  - {kind: platform, id: lgsp-bo, name: {vi: "LGSP"}, owner: cuc-cntt, status: current, platformType: lgsp}\n` +
          `  - {kind: platform, id: sso, name: {vi: "SSO"}, owner: cuc-cntt, status: current, platformType: identity}\n` +
          integ('k-direct', 'tthc', 'national:csdlqg-dan-cu') +
          integ('k-wrong-via', 'tthc', 'national:csdlqg-dan-cu', 'sso') +
          integ('k-lgsp', 'tthc', 'national:csdlqg-dan-cu', 'lgsp-bo') +
          integ('k-ndxp', 'tthc', 'ministry:bca', '"national:ndxp"') +
          integ('k-internal', 'tthc', 'lgsp-bo'),
      ),
    );
    const found = externalIntegrationsBypassingPlatform(model);
    expect(found.map((f) => [f.integration.id, f.external.map((x) => `${x.field}=${x.ref}`), f.via])).toEqual([
      ['k-direct', ['to=national:csdlqg-dan-cu'], []],
      ['k-wrong-via', ['to=national:csdlqg-dan-cu'], ['sso']],
    ]);
  });
});

describe('layer rules (data/layer-rules.json)', () => {
  it('flags an integration wired straight to a database, with its source', () => {
    const { model } = modelOf(
      repoWith(is('tthc') + `  - {kind: database, id: db, name: {vi: "CSDL"}, owner: cuc-cntt, status: current}\n` + `  - {kind: integration, id: k-db, name: {vi: "K"}, owner: cuc-cntt, status: current, from: tthc, to: db}\n`),
    );
    const v = layerViolations(model);
    expect(v.map((x) => [x.reference.from, x.reference.field, x.reference.to, x.rule?.id])).toEqual([['k-db', 'to', 'db', 'integration-direct-database']]);
    expect(v[0]!.source).toMatch(/TT 13\/2017/);
  });
});
