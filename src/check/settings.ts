/**
 * Rule settings from the manifest's `rules:` map, normalised in one place: a rule id (`C07`) or slug
 * (`security-level-declared`) maps to `off | info | warning | error` or `{severity, options}`. Graph
 * findings are configured the same way by their code (`graph/isolated: off`); they have no options.
 * Unknown rules, codes and options are diagnostics located at their key.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CODES, diag, type Code } from '../diagnostics/messages.js';
import type { ArchitectureModel } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { ConfiguredSeverity, Rule, RuleOption } from '../rules/types.js';
import { valueError } from '../schema/registry.js';
import { closest } from '../util/suggest.js';

/** "a whole number from 1 to 10", "true or false": what an option's schema admits, for the message. */
function describeSchema(s: RuleOption['schema']): string {
  const range = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : '';
  return s.type === 'boolean' ? 'true | false' : s.type === 'integer' ? `integer${range}` : s.type === 'number' ? `number${range}` : s.type;
}

export interface RuleSetting {
  severity: ConfiguredSeverity;
  options: Record<string, unknown>;
  /** true when the manifest sets the severity. */
  configured: boolean;
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Graph findings (src/graph) that `rules:` and `waivers:` name by their code, as they name rules. */
export const GRAPH_CODES: readonly Code[] = (Object.keys(CODES) as Code[]).filter((c) => c.startsWith('graph/')).sort();

/** Finds a rule by id (case-insensitive) or slug. */
export function findRule(key: string): Rule | undefined {
  const k = key.toUpperCase();
  return RULES.find((r) => r.meta.id === k || r.meta.slug === key);
}

/** What a manifest key in `rules:` or a waiver's `rule` names: a rule's id, or a graph finding's code. */
export function configurableId(key: string): string | undefined {
  return findRule(key)?.meta.id ?? GRAPH_CODES.find((c) => c === key);
}

export function suggestRule(key: string): { suggestion: string; suggestionEn: string } {
  const guess = closest(key, [...RULES.flatMap((r) => [r.meta.id, r.meta.slug]), ...GRAPH_CODES]);
  return { suggestion: guess ? ` — có phải "${guess}"?` : '', suggestionEn: guess ? ` — did you mean "${guess}"?` : '' };
}

function defaults(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, o]) => [k, o.default]));
}

/** Settings by rule id and by graph code; a graph finding keeps its own severity unless `configured`. */
export function resolveSettings(model: ArchitectureModel): { settings: Map<string, RuleSetting>; diagnostics: Diagnostic[] } {
  const settings = new Map<string, RuleSetting>([
    ...RULES.map((r): [string, RuleSetting] => [r.meta.id, { severity: r.meta.defaultSeverity, options: defaults(r), configured: false }]),
    ...GRAPH_CODES.map((c): [string, RuleSetting] => [c, { severity: CODES[c].severity, options: {}, configured: false }]),
  ]);
  const diagnostics: Diagnostic[] = [];
  const file = model.manifestFile;
  for (const [key, value] of Object.entries(model.manifest.rules ?? {})) {
    const id = configurableId(key);
    if (!id) {
      diagnostics.push(diag('check/unknown-rule', { rule: key, ...suggestRule(key) }, file.at(['rules', key], true)));
      continue;
    }
    const setting = settings.get(id)!;
    const severity = typeof value === 'string' ? value : value?.severity;
    if (typeof severity === 'string' && SEVERITIES.includes(severity)) {
      setting.severity = severity as ConfiguredSeverity;
      setting.configured = true;
    }
    if (value && typeof value === 'object') {
      const known = Object.keys(findRule(key)?.meta.options ?? {});
      for (const [name, v] of Object.entries(value.options ?? {})) {
        if (!known.includes(name)) {
          diagnostics.push(diag('check/bad-rule-option', { option: name, rule: id, options: known.length ? known.join(', ') : '—' }, file.at(['rules', key, 'options', name], true)));
          continue;
        }
        const option = findRule(key)!.meta.options![name]!;
        const problem = valueError(option.schema, v);
        if (problem) {
          diagnostics.push(diag('check/bad-rule-option-value', { option: name, rule: id, problem, expected: describeSchema(option.schema), meaning: option.description.vi, meaningEn: option.description.en, fallback: JSON.stringify(option.default) }, file.at(['rules', key, 'options', name])));
          continue;
        }
        setting.options[name] = v;
      }
    }
  }
  return { settings, diagnostics };
}
