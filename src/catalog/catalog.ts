/**
 * National catalogues (data/catalogues/*.json): national platforms and databases, standards, ministries,
 * provinces. Entries carry their legal source, a verified flag and validity dates; the architecture's
 * date selects what is in force. References use a namespace: `national:ndxp`, `std:tt39-1.1-http-1.1`,
 * `ministry:BYT`, `province:ha-noi`.
 */
import * as fs from 'node:fs';
import type { Localized } from '../diagnostics/diagnostic.js';
import { packagePath } from '../util/paths.js';

export const NAMESPACES = ['national', 'std', 'ministry', 'province'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export interface CatalogueEntry {
  id: string;
  name: Localized;
  validFrom?: string;
  validUntil?: string;
  source?: string;
  verified?: boolean;
  [field: string]: unknown;
}

const FILES: Record<Namespace, string> = {
  national: 'national.json',
  std: 'standards.json',
  ministry: 'ministries.json',
  province: 'provinces.json',
};

function entriesOf(json: unknown): Record<string, unknown>[] {
  if (Array.isArray(json)) return json as Record<string, unknown>[];
  if (json && typeof json === 'object') {
    // The catalogue files are `{ id, title, description, entries, ...tables }`; other arrays (e.g. `groups`) are not entries.
    const entries = (json as { entries?: unknown }).entries;
    if (Array.isArray(entries)) return entries as Record<string, unknown>[];
    for (const v of Object.values(json)) if (Array.isArray(v)) return v as Record<string, unknown>[];
  }
  return [];
}

function normalise(raw: Record<string, unknown>): CatalogueEntry {
  const id = String(raw.id ?? raw.code ?? '');
  const name = (raw.name as Localized | undefined) ?? { vi: String(raw.standard ?? id), en: String(raw.standard ?? id) };
  return { ...raw, id, name: { vi: name.vi, en: name.en ?? name.vi } };
}

export function readDataFile(rel: string): unknown {
  return JSON.parse(fs.readFileSync(packagePath('data', rel), 'utf8'));
}

export class Catalogues {
  private readonly byNs = new Map<Namespace, Map<string, CatalogueEntry>>();

  static load(): Catalogues {
    const c = new Catalogues();
    for (const ns of NAMESPACES) {
      const map = new Map<string, CatalogueEntry>();
      for (const raw of entriesOf(readDataFile(`catalogues/${FILES[ns]}`))) {
        const e = normalise(raw);
        map.set(ns === 'ministry' ? e.id.toUpperCase() : e.id, e);
      }
      c.byNs.set(ns, map);
    }
    return c;
  }

  get(ns: Namespace, id: string): CatalogueEntry | undefined {
    return this.byNs.get(ns)?.get(ns === 'ministry' ? id.toUpperCase() : id);
  }

  ids(ns: Namespace): string[] {
    return [...(this.byNs.get(ns)?.keys() ?? [])].sort();
  }

  entries(ns: Namespace): CatalogueEntry[] {
    return this.ids(ns).map((id) => this.get(ns, id)!);
  }
}

/** Whether an entry is in force on a date (ISO strings compare lexically); no date means "now". */
export function inForce(e: Pick<CatalogueEntry, 'validFrom' | 'validUntil'>, date: string): boolean {
  return (!e.validFrom || e.validFrom <= date) && (!e.validUntil || date < e.validUntil);
}

/** Splits `national:ndxp` into namespace and id; undefined for a plain element id. */
export function parseCatalogueRef(ref: string): { ns: Namespace; id: string } | undefined {
  const i = ref.indexOf(':');
  if (i < 0) return undefined;
  const ns = ref.slice(0, i) as Namespace;
  return (NAMESPACES as readonly string[]).includes(ns) ? { ns, id: ref.slice(i + 1) } : undefined;
}

/** An element of another agency's architecture: `ministry:BCA/he-thong-gplx`, `province:ha-noi/cong-dvc`. */
export interface AgencyRef {
  ns: 'ministry' | 'province';
  /** The agency's catalogue id (`BCA`, `ha-noi`). */
  agency: string;
  /** The element id in that agency's repository. */
  element: string;
}

export function parseAgencyRef(ref: string): AgencyRef | undefined {
  // Most references are plain element ids: no regular expression for them (the model stage asks for every reference).
  if (!ref.startsWith('ministry:') && !ref.startsWith('province:')) return undefined;
  const m = /^(ministry|province):([^/]+)\/(.+)$/.exec(ref);
  return m ? { ns: m[1] as AgencyRef['ns'], agency: m[2]!, element: m[3]! } : undefined;
}
