/**
 * Views (src/views): the overview is the framework's layered block diagram of the profile, its boxes never overlap
 * and stay inside their groups, long groups end in a count box, empty groups say so; node-link views stay within
 * the cap and aggregate above it; pictures carry a legend and per-figure ids.
 */
import { graphOf } from '../../src/graph/graph-of.js';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { validateRepository } from '../../src/pipeline.js';
import { boundedView, contextSvg, contextView, isContextView, kindsView, overviewSvg, overviewView, viewSvg, VIEW_CAP } from '../../src/views/index.js';
import { generateArchitecture } from '../../scripts/bench/generate-lib.mjs';
import { tempRepo } from '../helpers/cli.js';

const BYT = validateRepository('examples/bo-y-te');
const BYT_GRAPH = graphOf(BYT.model!, BYT.catalogues);
const input = { model: BYT.model!, graph: BYT_GRAPH, catalogues: BYT.catalogues };

type Box = { x: number; y: number; w: number; h: number };
const rects = (svg: string, pattern: RegExp): Box[] =>
  [...svg.matchAll(pattern)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) }));
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('overview', () => {
  it('has the rows and bars of framework 3.0, in Vietnamese, each element once', () => {
    const v = overviewView({ ...input, lang: 'vi' });
    expect(v.rows.map((r) => r.label)).toEqual(['Người sử dụng', 'Kênh giao tiếp', 'Dịch vụ cổng', 'Ứng dụng và CSDL', 'Nền tảng tích hợp, chia sẻ dữ liệu', 'Hạ tầng kỹ thuật']);
    expect(v.bars.map((b) => b.label)).toEqual(['An toàn thông tin', 'Thể chế, chính sách, tiêu chuẩn']);
    const ids = [...v.rows.flatMap((r) => r.groups.flatMap((g) => g.items)), ...v.bars.flatMap((b) => b.items)].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('national:ndxp');
    const portal = v.rows.find((r) => r.id === 'portal')!;
    expect(portal.groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Cổng của Bộ', ['cong-ttdt', 'he-thong-tthc-cong-dvc']],
      ['Cổng quốc gia', ['national:cong-dvcqg', 'national:open-data-portal']],
    ]);
  });

  it('follows the profile: four layers L4–L1 for the 2025 national framework', () => {
    const dir = tempRepo({ 'arch.yaml': 'ministry: {code: BYT, name: {vi: "Bộ Y tế"}}\nframework: ndaf-2025\narchitecture: {version: "1.0", date: 2026-01-01, status: draft}\n' });
    const r = validateRepository(dir);
    const v = overviewView({ model: r.model!, graph: graphOf(r.model!, r.catalogues), catalogues: r.catalogues, lang: 'en' });
    expect(v.rows.map((x) => x.id)).toEqual(['users', 'L4', 'L3', 'L2', 'L1']);
    const svg = overviewSvg(v, 'en', 'fig1', 'Overall');
    // Every group is empty and says so, never a blank picture.
    expect(svg.match(/No information yet/g)!.length).toBe(v.rows.flatMap((x) => x.groups).length + v.bars.length);
  });

  it('draws boxes that never overlap, inside their groups, text at least 12 px, with a legend', () => {
    const v = overviewView({ ...input, lang: 'vi' });
    const svg = overviewSvg(v, 'vi', 'fig1', 'Sơ đồ tổng thể');
    expect(XMLValidator.validate(svg)).toBe(true);
    const boxes = rects(svg, /<rect x="(\d+)" y="(\d+)" width="(16\d)" height="(58)"/g);
    expect(boxes.length).toBeGreaterThan(30);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i}/${j}`).toBe(false);
    const groups = rects(svg, /<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" rx="6" fill="#ffffff"/g);
    for (const b of boxes) expect(groups.some((g) => b.x >= g.x && b.y >= g.y && b.x + b.w <= g.x + g.w && b.y + b.h <= g.y + g.h)).toBe(true);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    for (const l of ['Chú giải', 'Phần tử của kiến trúc (đang vận hành)', 'Đang xây dựng, kế hoạch', 'Sắp dừng', 'Thành phần quốc gia (danh mục)']) expect(svg).toContain(l);
    // 17 information systems do not fit three rows of one column: a count box says how many more.
    expect(svg).toMatch(/>\+\d+ phần tử khác, xem</);
    expect([...svg.matchAll(/\sid="([^"]+)"/g)].every((m) => m[1]!.startsWith('fig1'))).toBe(true);
  });
});

describe('node-link views', () => {
  it('show relation names in the document language and ids prefixed per figure', async () => {
    const v = kindsView(BYT_GRAPH, ['information-system', 'platform'], true, 'application', 'vi');
    expect(v.aggregated).toBeUndefined();
    expect(new Set(v.edges.map((e) => e.label))).toEqual(new Set(['sử dụng', 'phụ thuộc', 'kết nối với', 'gồm']));
    const svg = await viewSvg(v, 'vi', 'fig4', 'Hình 4');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/routedVia|flowsFrom|offeredThrough/);
    expect([...svg.matchAll(/\sid="([^"]+)"/g)].every((m) => m[1]!.startsWith('fig4'))).toBe(true);
    for (const l of ['Phụ thuộc (không thể hoạt động nếu thiếu)', 'Quan hệ khác', 'Thành phần quốc gia (danh mục)']) expect(svg).toContain(l);
  });

  it('aggregate by kind above the cap and say so', () => {
    const files = generateArchitecture({ entities: 1000, seed: 3 });
    const r = validateRepository(tempRepo(Object.fromEntries(files)));
    const graph = graphOf(r.model!, r.catalogues);
    const all = new Set(graph.nodes.map((n) => n.id));
    const v = boundedView(graph, all, 'all', 'en');
    expect(v.aggregated!.nodes).toBe(graph.nodes.length);
    expect(v.nodes.length).toBeLessThanOrEqual(VIEW_CAP.nodes);
    expect(v.edges.length).toBeLessThanOrEqual(VIEW_CAP.edges);
    expect(v.nodes.find((n) => n.id === 'kind:information-system')).toMatchObject({ name: 'Information system', count: 120 });
    // A context view keeps its element itself and only its own relations.
    const sys = r.model!.elements.find((e) => e.kind === 'information-system')!.id;
    const c = contextView(graph, sys, 'en');
    expect(c.nodes.find((n) => n.id === sys)!.highlight).toBe(true);
    expect(c.edges.every((e) => e.from === sys || e.to === sys || c.aggregated)).toBe(true);
  });

  it('draw a system\'s context without Graphviz: callers left, callees right, no overlapping boxes, every relation named', () => {
    const v = contextView(BYT_GRAPH, 'he-thong-duoc', 'vi');
    expect(isContextView(v)).toBe(true);
    const svg = contextSvg(v, 'vi', 'context', 'Hệ thống Dược');
    expect(XMLValidator.validate(svg)).toBe(true);
    const boxes = rects(svg, /<rect x="(\d+)" y="(\d+)" width="(200)" height="(\d+)"/g);
    expect(boxes).toHaveLength(v.nodes.length);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // What protects the system is on the left (it points at the system); what the system uses is on the right.
    const xOf = (name: string) => Number(new RegExp(`<title>${name} \\([^)]*\\)</title><rect x="(\\d+)"`).exec(svg)![1]);
    expect(xOf('Sao lưu, dự phòng dữ liệu')).toBeLessThan(xOf('Hệ thống thông tin quản lý Dược quốc gia'));
    expect(xOf('CSDL Dược quốc gia')).toBeGreaterThan(xOf('Hệ thống thông tin quản lý Dược quốc gia'));
    for (const label of new Set(v.edges.map((e) => e.label))) expect(svg).toContain(label);
    expect(svg).toMatch(/←[^<]*<\/text>\n<text[^>]*>được quản lý bởi</);
  });
});
