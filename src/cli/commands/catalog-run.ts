import * as path from 'node:path';
import { Catalogues, inForce, NAMESPACES, readDataFile, type CatalogueEntry, type Namespace } from '../../catalog/catalog.js';
import type { Localized } from '../../diagnostics/diagnostic.js';
import { InputError } from '../../util/errors.js';
import { GENERATED_MARKER } from '../../util/generated-file.js';
import { writeFileAtomic } from '../../util/safe-write.js';
import { VERSION } from '../version.js';
import { closest } from '../../util/suggest.js';
import type { Lang, CliIO } from '../io.js';
import { parseDateOption, today } from './dates.js';

export interface CatalogOptions {
  date?: string;
  format: 'text' | 'json';
  all?: boolean;
  output?: string;
  force?: boolean;
  lang: Lang;
}

const TITLE_FILES: Record<Namespace, string> = {
  national: 'catalogues/national.json',
  std: 'catalogues/standards.json',
  ministry: 'catalogues/ministries.json',
  province: 'catalogues/provinces.json',
};

interface Listed {
  namespace: Namespace;
  title: Localized;
  entries: (CatalogueEntry & { ref: string; inForce: boolean })[];
}

function pickNamespaces(ns: string | undefined): Namespace[] {
  if (ns === undefined) return [...NAMESPACES];
  const found = NAMESPACES.find((n) => n === ns.replace(/:$/, ''));
  if (found) return [found];
  const guess = closest(ns, NAMESPACES);
  throw new InputError({
    vi: `Không có danh mục "${ns}"${guess ? ` — có phải "${guess}"?` : ''}; các danh mục: ${NAMESPACES.join(', ')}`,
    en: `No catalogue "${ns}"${guess ? ` — did you mean "${guess}"?` : ''}; catalogues: ${NAMESPACES.join(', ')}`,
  });
}

function collect(catalogues: Catalogues, namespaces: Namespace[], date: string, all: boolean): Listed[] {
  return namespaces.map((namespace) => {
    const file = readDataFile(TITLE_FILES[namespace]) as { title?: Localized };
    const entries = catalogues
      .entries(namespace)
      .map((e) => ({ ...e, ref: `${namespace}:${e.id}`, inForce: inForce(e, date) }))
      .filter((e) => all || e.inForce);
    return { namespace, title: file.title ?? { vi: namespace, en: namespace }, entries };
  });
}

function validity(e: CatalogueEntry, lang: Lang): string {
  if (!e.validFrom && !e.validUntil) return '';
  const from = e.validFrom ?? '…';
  const until = e.validUntil ?? '…';
  return lang === 'en' ? `  valid ${from} → ${until}` : `  hiệu lực ${from} → ${until}`;
}

function text(listed: Listed[], date: string, lang: Lang): string {
  const out: string[] = [];
  const legend = lang === 'en' ? '[S] verified against the cited source, [M] not yet verified' : '[S] đã kiểm chứng với nguồn dẫn, [M] chưa kiểm chứng';
  out.push(lang === 'en' ? `Catalogue entries in force on ${date} (${legend})` : `Các mục danh mục có hiệu lực ngày ${date} (${legend})`);
  for (const l of listed) {
    out.push('', `${l.namespace} — ${l.title[lang] ?? l.title.vi} (${l.entries.length})`);
    const width = Math.max(0, ...l.entries.map((e) => e.ref.length));
    for (const e of l.entries) {
      const mark = e.verified === true ? '[S]' : '[M]';
      const off = e.inForce ? '' : lang === 'en' ? '  (not in force)' : '  (không có hiệu lực)';
      out.push(`  ${e.ref.padEnd(width)}  ${mark}  ${e.name[lang] ?? e.name.vi}${validity(e, lang)}${off}`);
      if (e.source) out.push(`  ${' '.repeat(width)}       ${lang === 'en' ? 'source' : 'nguồn'}: ${e.source}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function json(listed: Listed[], date: string): string {
  const body = {
    tool: { name: 'arch', version: VERSION },
    date,
    catalogues: listed.map((l) => ({
      namespace: l.namespace,
      title: l.title,
      entries: l.entries.map((e) => {
        const { ref, inForce: active, id, name, source, verified, validFrom, validUntil, ...rest } = e;
        return { ref, id, name, inForce: active, validFrom: validFrom ?? null, validUntil: validUntil ?? null, source: source ?? null, verified: verified === true, ...rest };
      }),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function runCatalog(io: CliIO, namespace: string | undefined, opts: CatalogOptions): number {
  const namespaces = pickNamespaces(namespace);
  const date = opts.date === undefined ? today(io.env) : parseDateOption(opts.date);
  const listed = collect(Catalogues.load(), namespaces, date, Boolean(opts.all));
  const out = opts.format === 'json' ? json(listed, date) : text(listed, date, opts.lang);
  // A file written by arch says so, so that a later run may replace it (see util/safe-write.ts).
  if (opts.output) writeFileAtomic(path.resolve(io.cwd, opts.output), opts.format === 'json' ? out : `${out}\n(${GENERATED_MARKER} ${VERSION})\n`, Boolean(opts.force));
  else io.stdout(out);
  return 0;
}
