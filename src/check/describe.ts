import type { CodeDescription } from '../format/types.js';
import { getRule } from '../rules/index.js';

/** SARIF/help metadata of a `rule/Cxx` code: title, how to fix, default severity and legal source. */
export function describeRule(code: string): CodeDescription | undefined {
  const rule = code.startsWith('rule/') ? getRule(code.slice(5)) : undefined;
  if (!rule) return undefined;
  const { meta } = rule;
  const url = meta.sources.find((s) => s.url)?.url;
  return {
    title: meta.title,
    help: meta.hint,
    severity: meta.defaultSeverity,
    source: meta.sources.map((s) => (s.article ? `${s.document}, ${s.article}` : s.document)).join('; '),
    ...(url ? { helpUri: url } : {}),
  };
}
