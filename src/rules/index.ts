/** The rule registry: every conformance rule, sorted by id. Rule ids and module names are checked by test/rules/registry.test.ts. */
import type { Rule } from './types.js';
import C01 from './c01-framework-current.js';
import C02 from './c02-required-contents.js';
import C03 from './c03-component-architectures.js';
import C04 from './c04-cybersecurity-architecture.js';
import C05 from './c05-reference-model-code.js';
import C06 from './c06-single-owner.js';
import C07 from './c07-security-level-declared.js';
import C08 from './c08-subsystem-level.js';
import C09 from './c09-level-by-information-class.js';
import C10 from './c10-citizen-services-level.js';
import C11 from './c11-infrastructure-level.js';
import C12 from './c12-state-secret-level.js';
import C13 from './c13-security-approval.js';
import C14 from './c14-security-authority.js';
import C15 from './c15-security-plan.js';
import C16 from './c16-security-assessment.js';
import C17 from './c17-security-monitoring.js';
import C18 from './c18-single-lgsp.js';
import C19 from './c19-lgsp-connected.js';
import C20 from './c20-external-via-platform.js';
import C21 from './c21-population-database.js';
import C22 from './c22-business-registry.js';
import C23 from './c23-master-data-source.js';
import C24 from './c24-national-database-list.js';
import C25 from './c25-shared-database-offered.js';
import C26 from './c26-mandatory-sharing.js';
import C27 from './c27-online-level-declared.js';
import C28 from './c28-service-published.js';
import C29 from './c29-tthc-system.js';
import C30 from './c30-full-online-target.js';
import C31 from './c31-document-exchange.js';
import C32 from './c32-protocol-standards.js';
import C33 from './c33-http-version.js';
import C34 from './c34-ipv6.js';
import C35 from './c35-text-encoding.js';
import C36 from './c36-tls.js';
import C37 from './c37-signature-crypto.js';
import C38 from './c38-mandatory-standards.js';
import C39 from './c39-roadmap-projects.js';
import C40 from './c40-planned-delivered.js';
import C41 from './c41-ministry-code.js';
import C42 from './c42-province.js';
import C43 from './c43-personal-data-protection.js';
import C44 from './c44-legal-bases-in-force.js';
import C45 from './c45-principles-applied.js';
import C46 from './c46-vneid-login.js';
import C47 from './c47-data-importance.js';
import C48 from './c48-national-data-center.js';
import C49 from './c49-open-data-portal.js';
import C50 from './c50-national-copy.js';
import C51 from './c51-once-only.js';
import C52 from './c52-cloud-first.js';
import C53 from './c53-critical-system.js';
import C54 from './c54-national-reporting.js';
import C55 from './c55-data-dictionary.js';
import C56 from './c56-project-deadline.js';
import C57 from './c57-district-unit.js';
import C58 from './c58-national-aggregated-data.js';

export const RULES: readonly Rule[] = Object.freeze([
  C01,
  C02,
  C03,
  C04,
  C05,
  C06,
  C07,
  C08,
  C09,
  C10,
  C11,
  C12,
  C13,
  C14,
  C15,
  C16,
  C17,
  C18,
  C19,
  C20,
  C21,
  C22,
  C23,
  C24,
  C25,
  C26,
  C27,
  C28,
  C29,
  C30,
  C31,
  C32,
  C33,
  C34,
  C35,
  C36,
  C37,
  C38,
  C39,
  C40,
  C41,
  C42,
  C43,
  C44,
  C45,
  C46,
  C47,
  C48,
  C49,
  C50,
  C51,
  C52,
  C53,
  C54,
  C55,
  C56,
  C57,
  C58,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export type { Rule, RuleMeta, RuleContext, Finding, LegalSource } from './types.js';
