/** Matching one compiled statement against one request, reporting the first mismatch. */

import { evaluateConditions } from '../conditions/evaluate';
import { actionMatches } from '../match/action';
import { resourceMatches } from '../match/resource';
import type { MismatchReason, RequestContext } from '../types';
import type { CompiledStatement } from './compileStatement';

const INVALID: MismatchReason = { code: 'statement-invalid' };
const ACTION_NOT_LISTED: MismatchReason = { code: 'action-not-listed' };
const RESOURCE_NOT_LISTED: MismatchReason = { code: 'resource-not-listed' };

function matchAction(statement: CompiledStatement, action: string): MismatchReason | null {
  const patterns = statement.actions;
  // Documented choice: an empty Action or NotAction array makes the statement inert (Access
  // Analyzer "Empty array action": the statement has no effect), rather than NotAction []
  // matching every action.
  if (patterns.length === 0) return ACTION_NOT_LISTED;
  if (statement.notAction) {
    for (const pattern of patterns) {
      if (actionMatches(pattern, action)) return { code: 'action-excluded', pattern };
    }
    return null;
  }
  for (const pattern of patterns) {
    if (actionMatches(pattern, action)) return null;
  }
  return ACTION_NOT_LISTED;
}

function matchResource(
  statement: CompiledStatement,
  resource: string,
  variablesEnabled: boolean,
  context: RequestContext,
): MismatchReason | null {
  const patterns = statement.resources;
  // No Resource element (role trust policies; a warning in other resource-based policies):
  // the statement is about the resource the policy is attached to.
  if (patterns === null) return null;
  // Same reading as for actions: "Empty array resource" leaves the statement inert.
  if (patterns.length === 0) return RESOURCE_NOT_LISTED;
  if (statement.notResource) {
    for (const pattern of patterns) {
      // An entry whose variable has no value "will not match any resource", so it excludes nothing.
      if (resourceMatches(pattern, resource, variablesEnabled, context).matched) {
        return { code: 'resource-excluded', pattern };
      }
    }
    return null;
  }
  let missingKey: string | undefined;
  for (const pattern of patterns) {
    const match = resourceMatches(pattern, resource, variablesEnabled, context);
    if (match.matched) return null;
    missingKey ??= match.missingKey;
  }
  return missingKey === undefined
    ? RESOURCE_NOT_LISTED
    : { code: 'resource-variable-missing', key: missingKey };
}

/**
 * Matches a statement against a request in the order action, resource, principal,
 * conditions, and returns the first mismatch (null when the statement matches).
 *
 * `missingKeys` receives the lower-cased condition keys the statement tests that the
 * context lacks — only for statements whose action, resource and principal matched, since
 * only those keys could change the outcome — and the key of a resource variable without a
 * value when the action and principal matched.
 */
export function matchStatement(
  statement: CompiledStatement,
  action: string,
  resource: string,
  context: RequestContext,
  variablesEnabled: boolean,
  missingKeys: Set<string>,
): MismatchReason | null {
  if (!statement.valid) return INVALID;
  const actionReason = matchAction(statement, action);
  if (actionReason !== null) return actionReason;
  const resourceReason = matchResource(statement, resource, variablesEnabled, context);
  if (resourceReason !== null) {
    // Documented choice: a Resource variable without a value is reported among the missing
    // context keys too (when action and principal matched), since giving it could change
    // the outcome just like a condition key.
    if (resourceReason.code === 'resource-variable-missing' && statement.principal.matched) {
      missingKeys.add(resourceReason.key.toLowerCase());
    }
    return resourceReason;
  }
  if (!statement.principal.matched) return statement.principal.reason;
  const clauses = statement.conditions;
  if (clauses.length === 0) return null;
  const keys = statement.conditionKeys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (!context.has(key)) missingKeys.add(key);
  }
  const outcome = evaluateConditions(clauses, context, variablesEnabled);
  if (outcome.matched) return null;
  return {
    code: 'condition-failed',
    operator: outcome.clause.operator,
    key: outcome.clause.key,
    policyValues: outcome.clause.values,
    requestValues: outcome.requestValues,
  };
}
