import { resolveMeta } from './legal-sources.js';
import type { Rule, RuleContext, RuleDefinition, RuleMeta } from './types.js';

/**
 * Declares a rule: metadata plus a check. Typed so that `report` only accepts the rule's own message ids.
 * The metadata's legal sources and start date are resolved through legal-documents.json on first use.
 */
export function createRule<M extends string>(
  declared: RuleDefinition & { messages: Record<M, { vi: string; en: string }> },
  check: (ctx: RuleContext & { report(f: Parameters<RuleContext['report']>[0] & { messageId: M }): void }) => void,
): Rule {
  let meta: RuleMeta | undefined;
  return {
    get meta() {
      return (meta ??= resolveMeta(declared));
    },
    declared,
    check: check as Rule['check'],
  };
}

/** Profile sets used by rule metadata. */
export const ALL_PROFILES = ['1.0', '2.0', '3.0', '4.0', 'ndaf-2025'] as const;
export const FROM_2_0 = ['2.0', '3.0', '4.0', 'ndaf-2025'] as const;
export const FROM_3_0 = ['3.0', '4.0', 'ndaf-2025'] as const;
