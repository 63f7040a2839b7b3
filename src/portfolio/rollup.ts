/**
 * Reads the digests of a portfolio together: cross-agency references resolved against the other
 * repositories (with did-you-mean), duplicate agencies, failed repositories, and the findings across agencies
 * with their evidence — candidate duplicate investment (similar system and database names, the same business
 * function processed by several agencies, the same master data kept by several agencies, local copies of
 * national databases) and agency-to-agency flows that bypass the national exchange platforms.
 */
import { parseAgencyRef, readDataFile, type Catalogues } from '../catalog/catalog.js';
import type { RuleStatus } from '../check/run-rules.js';
import { normaliseName } from '../check/similar-names.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import { normalizeDiagnostics } from '../diagnostics/sort.js';
import { closest } from '../util/suggest.js';
import { similarGroups } from '../check/similar-names.js';
import type { ElementDigest, Place, PortfolioFinding, PortfolioResult, RepoDigest } from './types.js';

interface PortfolioData {
  tracked: string[];
  exchangePlatforms: string[];
  similarity: number;
}
let data: PortfolioData | undefined;
const portfolioData = () => (data ??= readDataFile('portfolio.json') as PortfolioData);

const agencyKey = (d: RepoDigest) => (d.agency ? `${d.agency.ns}:${d.agency.code}` : `repo:${d.label}`);
const place = (p: Place): Place => ({ repo: p.repo, file: p.file, line: p.line, column: p.column });
const loc = (p: Place) => ({ file: `${p.repo}/${p.file}`, range: { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column } } });
const byPlace = (a: Place, b: Place) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);

function resolveAgencyRefs(repos: readonly RepoDigest[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byAgency = new Map<string, { ids: Set<string>; list: string[] }>();
  for (const r of repos) if (r.ok && r.agency) byAgency.set(`${r.agency.ns}:${r.agency.code.toLowerCase()}`, { ids: new Set(r.ids), list: r.ids });
  for (const r of repos) {
    for (const ref of r.agencyRefs) {
      const a = parseAgencyRef(ref.to)!;
      const target = byAgency.get(`${a.ns}:${a.agency.toLowerCase()}`);
      if (!target) {
        out.push(diag('portfolio/agency-not-in-portfolio', { ref: ref.to, agency: `${a.ns}:${a.agency}` }, loc(ref)));
        continue;
      }
      if (target.ids.has(a.element)) continue;
      const guess = closest(a.element, target.list);
      out.push(
        diag(
          'portfolio/unresolved-agency-ref',
          { ref: ref.to, agency: `${a.ns}:${a.agency}`, element: a.element, suggestion: guess ? ` — có phải "${guess}"?` : '', suggestionEn: guess ? ` — did you mean "${guess}"?` : '' },
          loc(ref),
          guess ? { fix: `${a.ns}:${a.agency}/${guess}` } : {},
        ),
      );
    }
  }
  return out;
}

/** A list for a message: the first `max` items, then how many more. */
function capped(items: readonly string[], max: number, more: { vi: string; en: string }): { vi: string; en: string } {
  const head = items.slice(0, max).join(', ');
  const rest = items.length - max;
  return rest > 0 ? { vi: `${head} ${more.vi.replace('{0}', String(rest))}`, en: `${head} ${more.en.replace('{0}', String(rest))}` } : { vi: head, en: head };
}

/** Groups of similarly named elements held by more than one agency: one finding a group, every element its evidence. */
function similarAcross(repos: readonly RepoDigest[], pick: (r: RepoDigest) => ElementDigest[], code: string, what: { vi: string; en: string }, threshold: number): PortfolioFinding[] {
  const items = repos.flatMap((r) => pick(r).map((e) => ({ e, agency: agencyKey(r), name: normaliseName(e.name.vi) })));
  const out: PortfolioFinding[] = [];
  const pct = Math.round(threshold * 100);
  for (const group of similarGroups(items.map((x) => x.name), threshold)) {
    const members = group.map((i) => items[i]!);
    const agencies = [...new Set(members.map((m) => m.agency))].sort();
    if (agencies.length < 2) continue;
    const ag = capped(agencies, 8, { vi: 'và {0} cơ quan khác', en: 'and {0} more agencies' });
    const namesVi = capped([...new Set(members.map((m) => `"${m.e.name.vi}"`))].sort(), 3, { vi: 'và {0} tên khác', en: '' });
    const namesEn = capped([...new Set(members.map((m) => `"${m.e.name.en}"`))].sort(), 3, { vi: '', en: 'and {0} other names' });
    out.push({
      code,
      severity: 'info',
      message: {
        vi: `${what.vi} có tên giống nhau (từ ${pct}%) ở ${agencies.length} cơ quan (${ag.vi}): ${namesVi.vi} — ứng viên đầu tư trùng lặp`,
        en: `${what.en} with names at least ${pct}% alike in ${agencies.length} agencies (${ag.en}): ${namesEn.en} — candidate duplicate investment`,
      },
      places: members.map((m) => place(m.e)).sort(byPlace),
    });
  }
  return out;
}

function sameFunction(repos: readonly RepoDigest[]): PortfolioFinding[] {
  const by = new Map<string, { name: { vi: string; en: string }; agencies: Map<string, Place[]> }>();
  for (const r of repos) {
    const systems = new Map(r.systems.map((s) => [s.id, s]));
    for (const f of r.functions) {
      const entry = by.get(f.code) ?? { name: f.name, agencies: new Map<string, Place[]>() };
      entry.agencies.set(agencyKey(r), f.systems.flatMap((id) => (systems.has(id) ? [place(systems.get(id)!)] : [])));
      by.set(f.code, entry);
    }
  }
  return [...by.entries()]
    .filter(([, e]) => e.agencies.size > 1)
    .map(([code, e]) => {
      const agencies = [...e.agencies.keys()].sort();
      return {
        code: 'portfolio/same-business-function',
        severity: 'info' as const,
        message: {
          vi: `Chức năng nghiệp vụ ${code} "${e.name.vi}" được xử lý bởi hệ thống riêng của ${agencies.length} cơ quan (${agencies.join(', ')}) — xem xét dùng chung`,
          en: `Business function ${code} "${e.name.en}" is processed by separate systems of ${agencies.length} agencies (${agencies.join(', ')}) — consider sharing one`,
        },
        places: [...e.agencies.values()].flat().sort(byPlace),
      };
    });
}

function localCopies(repos: readonly RepoDigest[], catalogues: Catalogues): PortfolioFinding[] {
  return repos.flatMap((r) =>
    r.databases
      .filter((d) => d.mirrors && d.dbKind !== 'quoc_gia')
      .map((d) => {
        const national = catalogues.get('national', d.mirrors!.slice(9));
        const name = national?.name ?? { vi: d.mirrors!, en: d.mirrors! };
        return {
          code: 'portfolio/local-copy-of-national-database',
          severity: 'warning' as const,
          message: {
            vi: `${agencyKey(r)} giữ bản sao cục bộ "${d.name.vi}" của ${name.vi} — khai thác trực tiếp CSDL quốc gia thay cho bản sao`,
            en: `${agencyKey(r)} keeps a local copy "${d.name.en}" of ${name.en} — use the national database instead of a copy`,
          },
          places: [place(d)],
        };
      }),
  );
}

function pointToPoint(repos: readonly RepoDigest[], exchange: ReadonlySet<string>): PortfolioFinding[] {
  const out: PortfolioFinding[] = [];
  for (const r of repos) {
    for (const i of r.integrations) {
      const other = [i.from, i.to].find((x) => /^(ministry|province):/.test(x));
      if (!other) continue;
      if (i.via.some((v) => exchange.has(v.replace(/^national:/, '')))) continue;
      out.push({
        code: 'portfolio/point-to-point-between-agencies',
        severity: 'warning',
        message: {
          vi: `Kết nối ${i.id} của ${agencyKey(r)} với ${other} đi điểm-điểm, không qua nền tảng trao đổi quốc gia (NDXP/VDXP)`,
          en: `Integration ${i.id} of ${agencyKey(r)} with ${other} is point-to-point, not through a national exchange platform (NDXP/VDXP)`,
        },
        places: [place(i)],
      });
    }
  }
  return out;
}

/** The portfolio's diagnostics and findings from the digests; `previous` is an earlier run's result (json). */
export function rollUp(repos: RepoDigest[], catalogues: Catalogues, previous?: Pick<PortfolioResult, 'repos'>): PortfolioResult {
  const d = portfolioData();
  const diagnostics: Diagnostic[] = [];
  const agencies = new Map<string, string[]>();
  for (const r of repos) {
    if (!r.ok) diagnostics.push(diag('portfolio/repository-failed', { repo: r.label, errors: r.counts.error || r.errors.length }, { file: `${r.label}/arch.yaml` }));
    if (r.agency) agencies.set(agencyKey(r), [...(agencies.get(agencyKey(r)) ?? []), r.label]);
  }
  for (const [agency, labels] of agencies) if (labels.length > 1) diagnostics.push(diag('portfolio/duplicate-agency', { agency, repos: labels.join(', ') }, { file: `${labels[1]}/arch.yaml` }));
  diagnostics.push(...resolveAgencyRefs(repos));

  const ok = repos.filter((r) => r.ok);
  const findings = [
    ...similarAcross(ok, (r) => r.systems, 'portfolio/similar-systems', { vi: 'Hệ thống thông tin', en: 'Information systems' }, d.similarity),
    ...similarAcross(ok, (r) => r.databases, 'portfolio/similar-databases', { vi: 'Cơ sở dữ liệu', en: 'Databases' }, d.similarity),
    ...similarAcross(ok, (r) => r.masterData, 'portfolio/same-master-data', { vi: 'Dữ liệu chủ', en: 'Master data' }, d.similarity),
    ...sameFunction(ok),
    ...localCopies(ok, catalogues),
    ...pointToPoint(ok, new Set(d.exchangePlatforms)),
  ].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : byPlace(a.places[0]!, b.places[0]!)));

  const rules = [...new Set(ok.flatMap((r) => Object.keys(r.rules)))].sort();
  const tracked = d.tracked.map((id) => ({ id, name: catalogues.get('national', id)?.name ?? { vi: id, en: id } }));
  const result: PortfolioResult = { repos, findings, diagnostics: normalizeDiagnostics(diagnostics), tracked, rules };
  if (previous) result.changes = changesSince(previous.repos, repos, rules);
  return result;
}

function changesSince(before: readonly RepoDigest[], after: readonly RepoDigest[], rules: readonly string[]): NonNullable<PortfolioResult['changes']> {
  const statusOf = (list: readonly RepoDigest[]) => new Map(list.filter((r) => r.ok).map((r) => [agencyKey(r), r.rules]));
  const b = statusOf(before);
  const a = statusOf(after);
  const out: NonNullable<PortfolioResult['changes']> = [];
  for (const agency of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    for (const rule of [...new Set([...rules, ...Object.keys(b.get(agency) ?? {})])].sort()) {
      const was: RuleStatus | 'absent' = b.get(agency)?.[rule] ?? 'absent';
      const now: RuleStatus | 'absent' = a.get(agency)?.[rule] ?? 'absent';
      if (was !== now) out.push({ agency, rule, before: was, after: now });
    }
  }
  return out;
}

export { agencyKey };
