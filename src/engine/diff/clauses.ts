/**
 * Implication between condition clauses: whether every request that satisfies one clause
 * satisfies another. Used to prove that one scope lies inside another, so every answer errs
 * towards "not implied" (which reads as "may be new access").
 */

import { clauseKey } from '../analysis/normalize';
import type { ConditionClause } from '../types';

/** Base operators that hold when the request's value matches none of the policy's values. */
const NEGATED = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
]);

/**
 * Pairs (inner, outer) of different base operators where `inner` with the same values implies
 * `outer`. `ArnEquals` and `ArnLike` behave identically (both take wildcards:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN),
 * and a value a request equals is a pattern it matches.
 */
const IMPLIED_ACROSS = new Set([
  'ArnEquals>ArnLike',
  'ArnLike>ArnEquals',
  'ArnNotEquals>ArnNotLike',
  'ArnNotLike>ArnNotEquals',
  'StringEquals>StringLike',
  'StringNotLike>StringNotEquals',
]);

const ACCOUNT = /^\d{12}$/;

function subset(inner: readonly string[], outer: readonly string[]): boolean {
  const set = new Set(outer);
  return inner.every((value) => set.has(value));
}

/**
 * `aws:PrincipalArn` equal to (or like) ARNs of literal accounts implies `aws:PrincipalAccount`
 * being one of those accounts: the caller's account is the account of its ARN.
 */
function accountImplied(inner: ConditionClause, outer: ConditionClause): boolean {
  if (inner.key.toLowerCase() !== 'aws:principalarn' || outer.key.toLowerCase() !== 'aws:principalaccount')
    return false;
  if (inner.qualifier !== null || outer.qualifier !== null || outer.baseOperator !== 'StringEquals')
    return false;
  if (inner.baseOperator !== 'ArnEquals' && inner.baseOperator !== 'ArnLike') return false;
  return inner.values.every((arn) => {
    const account = arn.split(':')[4] ?? '';
    return ACCOUNT.test(account) && outer.values.includes(account);
  });
}

/**
 * Whether every request satisfying `inner` satisfies `outer`. True for the same clause, and
 * for the same key and set qualifier when the operators agree (see {@link IMPLIED_ACROSS}) and
 * the values nest: a positive operator holds when the request matches any of its values, so
 * fewer values ask more; a negated one holds when it matches none, so more values ask more.
 * An `IfExists` clause (which holds without the key) implies only another `IfExists` clause.
 */
export function clauseImplies(inner: ConditionClause, outer: ConditionClause): boolean {
  if (clauseKey(inner) === clauseKey(outer)) return true;
  if (inner.ifExists && !outer.ifExists) return false;
  if (inner.key.toLowerCase() !== outer.key.toLowerCase()) return accountImplied(inner, outer);
  if (inner.qualifier !== outer.qualifier) return false;
  const same = inner.baseOperator === outer.baseOperator;
  if (!same && !IMPLIED_ACROSS.has(`${inner.baseOperator}>${outer.baseOperator}`)) return false;
  // Null compares presence, not values: only the same value set says the same thing.
  if (inner.baseOperator === 'Null' || outer.baseOperator === 'Null') return false;
  return NEGATED.has(outer.baseOperator)
    ? subset(outer.values, inner.values)
    : subset(inner.values, outer.values);
}

/** Whether the clauses of `inner` (ANDed) imply every clause of `outer`. */
export function clausesImply(inner: readonly ConditionClause[], outer: readonly ConditionClause[]): boolean {
  return outer.every((wanted) => inner.some((clause) => clauseImplies(clause, wanted)));
}
