/**
 * Patterns and condition clauses rewritten so that they mean the same under Version
 * 2012-10-17, whatever the Version of the policy they came from: scopes and the effective
 * policy mix statements of several policies, and the effective policy is a 2012-10-17 document.
 */

import type { ConditionClause } from '../types';

/**
 * Under an older Version `${aws:username}` is literal text; under 2012-10-17 `${$}` is a
 * literal `$`, so writing `${` as `${$}{` keeps the text literal.
 */
export function literalText(text: string, variablesEnabled: boolean): string {
  return variablesEnabled || !text.includes('${') ? text : text.replaceAll('${', '${$}{');
}

/** Only String and ARN operators substitute variables (docs/iam-semantics.md §4.6). */
function substitutes(baseOperator: string): boolean {
  return baseOperator.startsWith('String') || baseOperator.startsWith('Arn');
}

/** A clause that means under 2012-10-17 what `clause` meant in its policy. */
export function literalClause(clause: ConditionClause, variablesEnabled: boolean): ConditionClause {
  if (variablesEnabled || !substitutes(clause.baseOperator) || !clause.values.some((v) => v.includes('${'))) {
    return clause;
  }
  return { ...clause, values: clause.values.map((value) => literalText(value, false)) };
}

// Clauses are immutable and the same ones are compared again for every scope: key each once.
const keys = new WeakMap<ConditionClause, string>();

/** Identity of a clause for de-duplication: operator, key (case-insensitive), value set. */
export function clauseKey(clause: ConditionClause): string {
  let key = keys.get(clause);
  if (key === undefined) {
    key = `${clause.operator}\u0000${clause.key.toLowerCase()}\u0000${[...new Set(clause.values)].sort().join('\u0001')}`;
    keys.set(clause, key);
  }
  return key;
}
