/**
 * Rule settings from the manifest's `rules:` map, normalised in one place: a rule id (`C07`) or slug
 * (`security-level-declared`) maps to `off | info | warning | error` or `{severity, options}`.
 * Unknown rules and options are diagnostics located at their key.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/messages.js';
import type { ArchitectureModel } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { ConfiguredSeverity, Rule } from '../rules/types.js';
import { closest } from '../util/suggest.js';

export interface RuleSetting {
  severity: ConfiguredSeverity;
  options: Record<string, unknown>;
  /** true when the manifest sets the rule. */
  configured: boolean;
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Finds a rule by id (case-insensitive) or slug. */
export function findRule(key: string): Rule | undefined {
  const k = key.toUpperCase();
  return RULES.find((r) => r.meta.id === k || r.meta.slug === key);
}

export function suggestRule(key: string): { suggestion: string; suggestionEn: string } {
  const guess = closest(key, RULES.flatMap((r) => [r.meta.id, r.meta.slug]));
  return { suggestion: guess ? ` — có phải "${guess}"?` : '', suggestionEn: guess ? ` — did you mean "${guess}"?` : '' };
}

function defaults(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, o]) => [k, o.default]));
}

export function resolveSettings(model: ArchitectureModel): { settings: Map<string, RuleSetting>; diagnostics: Diagnostic[] } {
  const settings = new Map<string, RuleSetting>(RULES.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: defaults(r), configured: false }]));
  const diagnostics: Diagnostic[] = [];
  const file = model.manifestFile;
  for (const [key, value] of Object.entries(model.manifest.rules ?? {})) {
    const rule = findRule(key);
    if (!rule) {
      diagnostics.push(diag('check/unknown-rule', { rule: key, ...suggestRule(key) }, file.at(['rules', key], true)));
      continue;
    }
    const setting = settings.get(rule.meta.id)!;
    setting.configured = true;
    if (typeof value === 'string') {
      if (SEVERITIES.includes(value)) setting.severity = value as ConfiguredSeverity;
      continue;
    }
    if (value && typeof value === 'object') {
      if (typeof value.severity === 'string' && SEVERITIES.includes(value.severity)) setting.severity = value.severity as ConfiguredSeverity;
      const known = Object.keys(rule.meta.options ?? {});
      for (const [name, v] of Object.entries(value.options ?? {})) {
        if (!known.includes(name)) {
          diagnostics.push(diag('check/bad-rule-option', { option: name, rule: rule.meta.id, options: known.length ? known.join(', ') : '—' }, file.at(['rules', key, 'options', name], true)));
          continue;
        }
        setting.options[name] = v;
      }
    }
  }
  return { settings, diagnostics };
}
