/**
 * The roll-up as an Excel workbook for officials: a summary sheet and one sheet per table, header row frozen
 * and filterable, columns sized to their content. Written by exceljs (behind this module), then repacked
 * byte-stable (fixed timestamps) like the Word files.
 */
import ExcelJS from 'exceljs';
import { repackZip } from '../office-zip.js';
import type { PortfolioView, Table } from './view-model.js';

/** Sheet names (short labels, `sheet.<table>`): at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(title: string, used: Set<string>): string {
  let base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim() || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function addTable(wb: ExcelJS.Workbook, name: string, t: Pick<Table, 'columns' | 'rows' | 'note'>, used: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(t.columns).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
  if (t.rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  if (t.note) ws.addRow([]).getCell(1).value = t.note;
  t.columns.forEach((c, i) => {
    const longest = Math.max(c.length, ...t.rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => l.length))));
    ws.getColumn(i + 1).width = Math.min(80, Math.max(8, longest + 2));
  });
}

export async function renderPortfolioXlsx(view: PortfolioView, isoDate: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'arch';
  wb.created = new Date(`${isoDate}T00:00:00Z`);
  wb.modified = wb.created;
  const used = new Set<string>();
  const L = view.L;
  const s = view.summary;
  addTable(wb, L['sheet.summary']!, { columns: [L.repositories!, L.readOk!, L.failed!, L.agencies!, L.elements!, L.findingsError!, L.findingsWarning!, L.findingsInfo!], rows: [[s.repos, s.ok, s.failed, s.agencies, s.elements, s.error, s.warning, s.info].map(String)] }, used);
  for (const t of view.tables) addTable(wb, L[`sheet.${t.id}`] ?? t.title, t, used);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return repackZip(raw, isoDate, 'arch portfolio');
}
