/**
 * The views' data files (data/views/): the layers of each framework's overall diagram and the names of the
 * relations in each language. Read once, on first use.
 */
import { readDataFile } from '../catalog/catalog.js';
import type { Lang } from '../diagnostics/diagnostic.js';

export interface Localized {
  vi: string;
  en: string;
}

/** Which elements go into a row, group or bar: a kind (optionally one field's values), or national catalogue entries. */
export type Selector = { kind: string; field?: string; values?: string[] } | { national: { category?: string[]; platformType?: string[] } };

export interface OverviewLayout {
  source: Localized;
  rows: { id: string; label: Localized; groups: { label: Localized; select: Selector[] }[] }[];
  bars: { id: string; label: Localized; select: Selector[] }[];
}

interface OverviewData {
  profiles: Record<string, string>;
  layouts: Record<string, OverviewLayout>;
}

let overview: OverviewData | undefined;
let relations: Record<string, Localized> | undefined;

/** The overall diagram's layout for a framework profile (1.0, 2.0 … ndaf-2025). */
export function overviewLayout(profile: string): OverviewLayout {
  overview ??= readDataFile('views/overview.json') as OverviewData;
  const name = overview.profiles[profile] ?? overview.profiles['4.0']!;
  return overview.layouts[name]!;
}

/** A relation's name in a language ("offeredThrough" → "cung cấp qua"); the raw name if the table lacks it. */
export function relationLabel(relation: string, lang: Lang): string {
  relations ??= (readDataFile('views/relation-labels.json') as { labels: Record<string, Localized> }).labels;
  return relations[relation]?.[lang] ?? relation;
}

let viewLabels: Record<string, Localized> | undefined;

/** A diagram label in a language, `{0}`… filled in order. */
export function viewLabel(key: string, lang: Lang, ...args: (string | number)[]): string {
  viewLabels ??= (readDataFile('views/labels.json') as { labels: Record<string, Localized> }).labels;
  const t = viewLabels[key];
  if (!t) throw new Error(`unknown view label ${key}`);
  return args.reduce<string>((s, a, i) => s.replace(`{${i}}`, String(a)), t[lang]);
}
