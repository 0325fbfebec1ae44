/**
 * The whole-catalog analysis of a policy document on its own: the document is the only
 * identity policy of a role session, and AWS's always-allowed actions are not taken as
 * granted (`policiesOnly`), so the analysis says what the document itself grants.
 */

import { analyzeScenario } from '../analysis/analyze';
import type { Analysis, CatalogAction } from '../analysis/types';
import { compileScenario } from '../scenario/compile';
import { NO_POLICIES } from '../scenario/slots';
import type { Scenario } from '../types';
import { identityDocument, type CheckedDocument, type CheckedStatement } from './documents';

/** The account of the caller the checks analyse for; no condition of a policy is evaluated. */
const CHECK_ACCOUNT = '123456789012';

/** The analysis of `statements` (parts of `document`) over `actions`, within `partition`. */
export function analyzeStatements(
  document: CheckedDocument,
  statements: readonly CheckedStatement[],
  actions: readonly CatalogAction[],
  partition: string,
): Analysis {
  const scenario: Scenario = {
    version: 1,
    principal: `arn:${partition}:sts::${CHECK_ACCOUNT}:assumed-role/PolicyCheck/check`,
    ...NO_POLICIES,
    identityPolicies: [{ name: 'checked-policy', document: identityDocument(document.version, statements) }],
    requests: [],
  };
  const compiled = compileScenario(scenario);
  const broken = compiled.diagnostics.find((d) => d.severity === 'error' && d.code !== 'policy-size');
  // The document was valid for its type; its identity reading must be too, or statements
  // would silently drop out of the comparison.
  if (broken !== undefined) throw new Error(`the checked policy could not be read: ${broken.message}`);
  return analyzeScenario(compiled, actions, { policiesOnly: true });
}

/**
 * The statements of `document` to analyse with one Allow statement: that statement and every
 * Deny (a Deny applies to what any Allow grants), so that what each Allow adds can be told apart.
 */
export function withDenies(document: CheckedDocument, allow: CheckedStatement): CheckedStatement[] {
  return [allow, ...document.statements.filter((statement) => statement.effect === 'Deny')];
}

/** The partition the checks compare ARNs in: the first one the documents name, else `aws`. */
export function checkPartition(...documents: readonly CheckedDocument[]): string {
  return documents.find((document) => document.partition !== null)?.partition ?? 'aws';
}
