/**
 * One repository of a portfolio, checked as `arch check` would (its own profile and date, its manifest's
 * settings and waivers) and reduced to what the roll-up reads. Pure apart from reading the repository.
 */
import { parseAgencyRef } from '../catalog/catalog.js';
import { checkRepository } from '../check/check-repository.js';
import type { CheckOptions } from '../check/run-rules.js';
import { countBySeverity } from '../diagnostics/sort.js';
import { elementsOfKind } from '../model/by-kind.js';
import type { ArchitectureModel, Element } from '../model/types.js';
import { InputError } from '../util/errors.js';
import type { AgencyNs, ElementDigest, Place, RepoDigest, RepoSpec } from './types.js';

const MAX_ERRORS = 20;

/** The owner of an architecture: a ministry (`ministry.code`) or a province (`province.code`). */
function agencyOf(manifest: Record<string, unknown>): RepoDigest['agency'] {
  for (const ns of ['ministry', 'province'] as AgencyNs[]) {
    const owner = manifest[ns] as { code?: unknown; name?: { vi?: unknown; en?: unknown } } | undefined;
    if (owner && typeof owner.code === 'string') {
      const vi = typeof owner.name?.vi === 'string' ? owner.name.vi : owner.code;
      return { ns, code: ns === 'ministry' ? owner.code.toUpperCase() : owner.code, name: { vi, en: typeof owner.name?.en === 'string' ? owner.name.en : vi } };
    }
  }
  return undefined;
}

function placer(model: ArchitectureModel, repo: string) {
  return (id: string, path: (string | number)[] = []): Place => {
    const o = model.origin.get(id)!;
    const start = o.file.at(['elements', o.index, ...(path.length ? path : ['id'])]).range?.start ?? { line: 1, column: 1 };
    return { repo, file: o.file.path, line: start.line, column: start.column };
  };
}

export function digestRepository(spec: RepoSpec, opts: CheckOptions = {}): RepoDigest {
  const empty = { counts: { error: 0, warning: 0, info: 0, waived: 0 }, errors: [], elements: 0, ids: [], systems: [], databases: [], masterData: [], functions: [], national: {}, agencyRefs: [], integrations: [], services: { total: 0, toan_trinh: 0, mot_phan: 0, none: 0, undeclared: 0 }, rules: {} };
  let result: ReturnType<typeof checkRepository>;
  try {
    result = checkRepository(spec.path, opts);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { label: spec.label, ok: false, ...empty, errors: [{ code: 'load/no-manifest', message: e.localized }] };
  }
  const open = result.diagnostics.filter((d) => !d.suppression);
  const c = countBySeverity(open);
  const counts = { error: c.error, warning: c.warning, info: c.info, waived: result.diagnostics.length - open.length };
  const errors = open
    .filter((d) => d.severity === 'error')
    .slice(0, MAX_ERRORS)
    .map((d) => ({ ...(d.location ? { file: d.location.file, line: d.location.range?.start.line ?? 1, column: d.location.range?.start.column ?? 1 } : {}), code: d.code, message: d.message }));
  const model = result.validation.model;
  if (!model) return { label: spec.label, ok: false, ...empty, counts, errors };

  const manifest = model.manifest as unknown as Record<string, unknown>;
  const at = placer(model, spec.label);
  const named = (e: Element): ElementDigest => ({ id: e.id, name: { vi: e.name.vi, en: e.name.en ?? e.name.vi }, ...at(e.id) });

  const systems = elementsOfKind(model, 'information-system').map((e) => ({
    ...named(e),
    status: e.status,
    ...(e.securityLevel !== undefined ? { securityLevel: e.securityLevel } : {}),
    ...(e.securityLevelStatus ? { levelStatus: e.securityLevelStatus } : {}),
    approved: e.securityLevelStatus === 'approved' && Boolean(e.securityApproval),
  }));
  const databases = elementsOfKind(model, 'database').map((e) => {
    const of = e.replicaOf ?? e.nationalRef;
    const mirrors = of?.startsWith('national:') ? of : undefined;
    return { ...named(e), ...(e.dbKind ? { dbKind: e.dbKind } : {}), ...(mirrors ? { mirrors } : {}) };
  });
  const masterData = elementsOfKind(model, 'data-entity')
    .filter((e) => e.masterData === true && e.authoritativeSource !== undefined && !e.authoritativeSource.includes(':'))
    .map(named);

  // Business functions (BRM codes) whose public services the agency's systems process.
  const byFunction = new Map<string, { code: string; name: ElementDigest['name']; systems: Set<string> }>();
  for (const s of elementsOfKind(model, 'public-service')) {
    const fn = s.function ? model.byId.get(s.function) : undefined;
    const sys = s.processedBy;
    if (!fn?.refModel || !sys) continue;
    const entry = byFunction.get(fn.refModel) ?? { code: fn.refModel, name: { vi: fn.name.vi, en: fn.name.en ?? fn.name.vi }, systems: new Set<string>() };
    entry.systems.add(sys);
    byFunction.set(fn.refModel, entry);
  }
  const functions = [...byFunction.values()].sort((a, b) => (a.code < b.code ? -1 : 1)).map((f) => ({ code: f.code, name: f.name, systems: [...f.systems].sort() }));

  const national: Record<string, Set<string>> = {};
  const agencyRefs: RepoDigest['agencyRefs'] = [];
  for (const r of model.references) {
    if (r.to.startsWith('national:')) (national[r.to.slice(9)] ??= new Set()).add(r.from);
    if (parseAgencyRef(r.to)) agencyRefs.push({ ...at(r.from, r.index === undefined ? [r.field] : [r.field, r.index]), from: r.from, field: r.field, to: r.to });
  }
  const integrations = elementsOfKind(model, 'integration')
    .filter((e) => e.from.includes(':') || e.to.includes(':'))
    .map((e) => ({ ...at(e.id), id: e.id, from: e.from, to: e.to, via: e.via ?? [] }));

  const services = { total: 0, toan_trinh: 0, mot_phan: 0, none: 0, undeclared: 0 };
  for (const s of elementsOfKind(model, 'public-service')) {
    services.total++;
    services[s.onlineLevel ?? 'undeclared']++;
  }
  const rules: RepoDigest['rules'] = {};
  for (const r of result.check?.results ?? []) rules[r.meta.id] = r.status;
  const agency = agencyOf(manifest);
  return {
    label: spec.label,
    ok: true,
    ...(agency ? { agency } : {}),
    framework: model.manifest.framework,
    date: model.manifest.architecture.date,
    version: model.manifest.architecture.version,
    counts,
    errors,
    elements: model.elements.length,
    ids: model.elements.map((e) => e.id),
    systems,
    databases,
    masterData,
    functions,
    national: Object.fromEntries(Object.entries(national).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()])),
    agencyRefs,
    integrations,
    services,
    rules,
  };
}
