import type { CodeDescription } from '../format/types.js';
import { getRule } from '../rules/index.js';
import { sourcesText } from '../rules/legal-sources.js';

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
    source: sourcesText(meta.sources),
    ...(url ? { helpUri: url } : {}),
  };
}
