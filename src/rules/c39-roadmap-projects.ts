import { ALL_PROFILES, createRule } from './create-rule.js';
import { ofKind } from '../model/types.js';
import { findCycles } from '../graph/index.js';
import { periodEnd, periodStart } from '../model/queries.js';

/** C39: roadmap projects address a gap, deliver target elements, and depend on each other without cycles or early starts. */
export default createRule(
  {
    id: 'C39',
    slug: 'roadmap-projects',
    title: { vi: 'Nhiệm vụ, dự án xuất phát từ khoảng cách và có lộ trình hợp lệ', en: 'Roadmap projects address gaps and form a valid schedule' },
    hint: {
      vi: 'Mỗi project cần `addresses` (gap) và `delivers` (phần tử mục tiêu); `dependsOn` không tạo vòng; dự án không bắt đầu trước dự án mà nó phụ thuộc.',
      en: 'Each project needs `addresses` (gaps) and `delivers` (target elements); `dependsOn` has no cycle; no project starts before the ones it depends on.',
    },
    messages: {
      'no-gap': { vi: 'Dự án "{id}" không giải quyết khoảng cách (gap) nào', en: 'Project "{id}" addresses no gap' },
      'no-delivery': { vi: 'Dự án "{id}" không tạo ra phần tử mục tiêu nào', en: 'Project "{id}" delivers no element' },
      cycle: { vi: 'Các dự án phụ thuộc vòng: {cycle}', en: 'Projects depend on each other in a cycle: {cycle}' },
      'starts-before': { vi: 'Dự án "{id}" bắt đầu {start}, trước dự án "{dependency}" mà nó phụ thuộc ({depStart})', en: 'Project "{id}" starts on {start}, before "{dependency}" it depends on ({depStart})' },
    },
    profiles: ALL_PROFILES,
    sources: [{ doc: 'hd-thh-2020', article: 'Quy trình: hiện trạng → khoảng cách → lộ trình' }],
    confidence: 'unverified',
    confidenceNote: { vi: 'Các bước sau khảo sát (khoảng cách, lộ trình) là [M]; ràng buộc lịch là suy luận [I]', en: 'The steps after the survey (gaps, roadmap) are [M]; the schedule constraints are an inference [I]' },
    category: 'governance',
    defaultSeverity: 'warning', // unverified: a rule whose reading is not checked against its text never defaults to error
  },
  (ctx) => {
    const projects = ctx.elements('project');
    for (const p of projects) {
      if (!p.addresses?.length) ctx.report({ messageId: 'no-gap', data: { id: p.id }, element: p.id });
      if (!p.delivers?.length) ctx.report({ messageId: 'no-delivery', data: { id: p.id }, element: p.id });
      const start = p.start;
      (p.dependsOn ?? []).forEach((d, index) => {
        const depStart = ofKind(ctx.model.byId.get(d), 'project')?.start;
        if (start && depStart && periodEnd(start) < periodStart(depStart)) ctx.report({ messageId: 'starts-before', data: { id: p.id, start, dependency: d, depStart }, element: p.id, field: 'dependsOn', index });
      });
    }
    // Cycles among the projects alone: the dependency edges between two projects (a cycle through other kinds is the graph's finding).
    const ids = new Set(projects.map((p) => p.id));
    const edges = ctx.graph.edges.filter((e) => e.dependency && ids.has(e.from) && ids.has(e.to));
    for (const cycle of findCycles({ nodes: projects, edges })) {
      const first = cycle.nodes[0]!;
      const index = cycle.edges[0]?.index;
      ctx.report({ messageId: 'cycle', data: { cycle: [...cycle.nodes, first].join(' → ') }, element: first, field: 'dependsOn', ...(index !== undefined ? { index } : {}) });
    }
  },
);
