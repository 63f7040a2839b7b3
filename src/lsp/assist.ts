/**
 * Hover, completion and code actions: what the editor shows while an architect writes.
 * - hover: an element's summary, a catalogue entry with its validity, the rule and legal source of a finding;
 * - completion: ids of the kinds a reference field accepts (the relation table), catalogue ids in force on the
 *   architecture's date, enumeration values with their labels, property names with their descriptions;
 * - code actions: the did-you-mean corrections of diagnostics.
 */
import * as fs from 'node:fs';
import type { CodeAction, CompletionItem, Diagnostic as LspDiagnostic, Hover } from 'vscode-languageserver/node';
import { inForce, parseCatalogueRef, type Namespace } from '../catalog/catalog.js';
import { describeRule } from '../check/describe.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { KIND_INFO, KINDS } from '../model/kinds.js';
import { relationOf } from '../model/relations.js';
import { securityLevelOf } from '../model/queries.js';
import { textOf } from '../model/types.js';
import { packagePath } from '../util/paths.js';
import type { DiagnosticData } from './convert.js';
import { idAt, occurrencesOf } from './navigation.js';
import { fieldInfo, propertiesOf } from './schema-info.js';
import type { Analysis } from './workspace.js';
import { fieldContext, type LspPosition } from './yaml-context.js';

const labelFiles = new Map<Lang, Record<string, string>>();
function labels(lang: Lang): Record<string, string> {
  let l = labelFiles.get(lang);
  if (!l) labelFiles.set(lang, (l = JSON.parse(fs.readFileSync(packagePath('templates', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>));
  return l;
}
const enumLabel = (field: string, value: string, lang: Lang) => labels(lang)[`enum.${field}.${value}`];
const dmy = (iso: string, lang: Lang) => (lang === 'vi' ? iso.split('-').reverse().join('/') : iso);

/** One language's half of a schema description (`"Tiếng Việt — English"`). */
const describe = (description: string | undefined, lang: Lang) => {
  if (!description) return undefined;
  const i = description.lastIndexOf(' — ');
  return i < 0 ? description : lang === 'vi' ? description.slice(0, i) : description.slice(i + 3);
};

const L = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

function elementHover(a: Analysis, id: string, lang: Lang): string {
  const e = a.model!.byId.get(id)!;
  const lines = [`**${id}** — ${KIND_INFO[e.kind].label[lang]}`, '', textOf(e.name, lang)];
  const facts: string[] = [];
  const status = enumLabel('status', e.status, lang) ?? e.status;
  facts.push(`${L(lang, 'trạng thái', 'status')}: ${status}`);
  if (e.owner) facts.push(`${L(lang, 'đơn vị chủ quản', 'owner')}: ${e.owner}`);
  const level = securityLevelOf(e);
  if (level !== undefined) facts.push(`${L(lang, 'cấp độ ATTT', 'security level')}: ${level}`);
  if (e.refModel) facts.push(`${L(lang, 'mã mô hình tham chiếu', 'reference-model code')}: ${e.refModel}`);
  lines.push('', facts.join(' · '));
  if (e.description) lines.push('', textOf(e.description, lang));
  const decl = occurrencesOf(a)?.declaration(id);
  const uses = (occurrencesOf(a)?.of(id).length ?? 1) - 1;
  if (decl) lines.push('', `${L(lang, 'khai báo tại', 'declared in')} ${decl.file}:${decl.range.start.line} · ${L(lang, `${uses} tham chiếu`, `${uses} reference${uses === 1 ? '' : 's'}`)}`);
  return lines.join('\n');
}

function catalogueHover(a: Analysis, ref: string, lang: Lang): string {
  const cat = parseCatalogueRef(ref)!;
  const e = a.catalogues.get(cat.ns, cat.id)!;
  const date = a.model?.manifest.architecture.date;
  const lines = [`**${ref}** — ${e.name[lang]}`];
  const validity = [e.validFrom ? `${L(lang, 'từ', 'from')} ${dmy(e.validFrom, lang)}` : '', e.validUntil ? `${L(lang, 'đến trước', 'until')} ${dmy(e.validUntil, lang)}` : ''].filter(Boolean).join(' ');
  lines.push('', `${L(lang, 'hiệu lực', 'in force')}: ${validity || L(lang, 'không giới hạn', 'no limit')}`);
  if (date) lines.push(inForce(e, date) ? L(lang, `Có hiệu lực vào ngày kiến trúc (${dmy(date, lang)}).`, `In force on the architecture date (${date}).`) : L(lang, `KHÔNG có hiệu lực vào ngày kiến trúc (${dmy(date, lang)}).`, `NOT in force on the architecture date (${date}).`));
  if (e.source) lines.push('', `${L(lang, 'nguồn', 'source')}: ${e.source}`);
  if (e.verified === false) lines.push(L(lang, '_Chưa được kiểm chứng._', '_Not verified._'));
  return lines.join('\n');
}

export function hover(a: Analysis, rel: string, text: string, pos: LspPosition, lang: Lang): Hover | undefined {
  const parts: string[] = [];
  // Findings on this position: their rule and legal source.
  for (const d of a.byFile.get(rel) ?? []) {
    const r = d.location?.range;
    if (!r) continue;
    const line = pos.line + 1;
    const col = pos.character + 1;
    const inside = (line > r.start.line || (line === r.start.line && col >= r.start.column)) && (line < r.end.line || (line === r.end.line && col <= Math.max(r.end.column, r.start.column + 1)));
    if (!inside) continue;
    const rule = describeRule(d.code);
    parts.push(rule ? `**${d.code.slice(5)}** ${rule.title[lang]}\n\n${d.message[lang]}\n\n${L(lang, 'Căn cứ', 'Legal source')}: ${rule.source ?? ''}${rule.helpUri ? ` — ${rule.helpUri}` : ''}` : `**${d.code}** ${d.message[lang]}`);
  }
  const id = idAt(a, text, pos);
  if (id) parts.unshift(parseCatalogueRef(id) ? catalogueHover(a, id, lang) : elementHover(a, id, lang));
  if (parts.length === 0) return undefined;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}

export function completion(a: Analysis, text: string, pos: LspPosition, lang: Lang): CompletionItem[] {
  const ctx = fieldContext(text.split('\n'), pos);
  const items: CompletionItem[] = [];
  if (!ctx.inValue) {
    if (!ctx.kind) return [];
    return propertiesOf(ctx.kind, ctx.keys).map((p) => ({ label: p.name, kind: 10, insertText: `${p.name}: `, ...(p.description ? { documentation: describe(p.description, lang) } : {}) }));
  }
  const field = ctx.keys[ctx.keys.length - 1];
  if (!field) return [];
  if (ctx.keys.length === 1 && field === 'kind') return KINDS.map((k) => ({ label: k, kind: 20, detail: KIND_INFO[k].label[lang] }));
  if (ctx.kind && ctx.keys.length === 1) {
    const spec = relationOf(ctx.kind, field);
    if (spec) {
      for (const target of spec.targets) {
        if (target === 'national' || target === 'std' || target === 'ministry' || target === 'province') {
          const date = a.model?.manifest.architecture.date;
          for (const e of a.catalogues.entries(target as Namespace)) {
            if (date && !inForce(e, date)) continue;
            items.push({ label: `${target}:${e.id}`, kind: 21, detail: e.name[lang], ...(e.verified === false ? { documentation: L(lang, 'Chưa được kiểm chứng', 'Not verified') } : {}) });
          }
        } else {
          for (const e of a.model?.elements ?? []) if (e.kind === target) items.push({ label: e.id, kind: 18, detail: `${KIND_INFO[e.kind].label[lang]} — ${textOf(e.name, lang)}` });
        }
      }
      return items;
    }
  }
  if (ctx.kind) {
    const info = fieldInfo(ctx.kind, ctx.keys);
    for (const v of info?.enum ?? []) {
      const label = enumLabel(field, v, lang);
      items.push({ label: v, kind: 20, ...(label ? { detail: label } : {}) });
    }
  }
  return items;
}

/** Quick fixes for the diagnostics the client sends back: each did-you-mean replacement. */
export function codeActions(uri: string, diagnostics: readonly LspDiagnostic[], lang: Lang): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = (d.data as DiagnosticData | undefined)?.fix;
    if (d.source !== 'arch' || !fix) continue;
    out.push({
      title: L(lang, `Sửa thành "${fix}"`, `Change to "${fix}"`),
      kind: 'quickfix',
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: d.range, newText: fix }] } },
    });
  }
  return out;
}
