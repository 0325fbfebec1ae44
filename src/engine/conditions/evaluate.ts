/**
 * Condition evaluation (docs/iam-semantics.md §4.2–§4.6): combining values, missing keys, set qualifiers,
 * IfExists, multivalued keys and policy variables.
 */
import { contextEntry, variableValue } from '../match/context';
import { substituteVariables, type PatternPiece } from '../match/variables';
import { hasWildcard } from '../match/wildcard';
import type { ConditionClause, ContextEntry, RequestContext } from '../types';
import { nullMatches } from './null';
import type { ConditionOperator } from './operator';
import { getConditionOperator } from './registry';

/** Result of a statement's conditions; on failure, the first failing clause and the request's values. */
export type ConditionOutcome =
  { matched: true } | { matched: false; clause: ConditionClause; requestValues: readonly string[] | null };

const MATCHED: ConditionOutcome = { matched: true };

/**
 * A policy value ready for comparison: plain text, pieces whose literal parts hold wildcard
 * characters, or MISSING when a variable in it has no value.
 */
type Prepared = string | readonly PatternPiece[] | typeof MISSING;
const MISSING = Symbol('missing variable');

/**
 * Substitutes variables. Documented choice (docs/iam-semantics.md §4.6 "effectively null"): a value whose
 * variable has no value and no default matches no request value, so a positive operator
 * fails on it and a negated one (a NOR over the values) is not stopped by it.
 */
function prepareValues(
  op: ConditionOperator,
  values: readonly string[],
  context: RequestContext,
  enabled: boolean,
) {
  if (!enabled || !op.supportsVariables || !values.some((v) => v.includes('${'))) return values;
  return values.map((value): Prepared => {
    const result = substituteVariables(value, true, (key) => variableValue(context, key));
    if (!result.ok) return MISSING;
    const keepPieces =
      op.testPieces !== undefined && result.pieces.some((p) => p.literal && hasWildcard(p.text));
    return keepPieces ? result.pieces : result.pieces.map((p) => p.text).join('');
  });
}

/** OR of the positive test over the policy values. */
function anyValueMatches(op: ConditionOperator, request: string, values: readonly Prepared[]): boolean {
  for (const value of values) {
    if (value === MISSING) continue;
    if (typeof value === 'string' ? op.test(request, value) : op.testPieces?.(request, value)) return true;
  }
  return false;
}

/** One request value against the clause: OR for positive operators, NOR for negated ones (§4.2). */
function requestValueMatches(op: ConditionOperator, request: string, values: readonly Prepared[]): boolean {
  return anyValueMatches(op, request, values) !== op.negated;
}

function evaluateNull(clause: ConditionClause, absent: boolean): boolean {
  // Access Analyzer ("Null with qualifier"): with a set qualifier Null "always returns a
  // true or false respectively", i.e. ForAllValues:Null is true, ForAnyValue:Null false.
  if (clause.qualifier === 'ForAllValues') return true;
  if (clause.qualifier === 'ForAnyValue') return false;
  // Documented choice: `NullIfExists` (rejected by AWS) is evaluated as plain Null.
  return clause.values.some((value) => nullMatches(value, absent));
}

/** Documented choice: a key with an empty array counts as absent, like a missing key. */
function isAbsent(entry: ContextEntry | undefined): entry is undefined {
  return entry === undefined || entry.values.length === 0;
}

/** One clause. */
export function evaluateClause(
  clause: ConditionClause,
  context: RequestContext,
  variablesEnabled: boolean,
): boolean {
  const op = getConditionOperator(clause.baseOperator);
  // Documented choice: an unknown operator never holds (AWS refuses such a policy; the
  // parser marks the statement invalid, so this only guards direct callers).
  if (op === undefined) return false;
  const entry = contextEntry(context, clause.key);
  const absent = isAbsent(entry);
  if (op.family === 'Null') return evaluateNull(clause, absent);
  if (absent) {
    // §4.3/§4.4: IfExists → true; ForAllValues → true ("also returns true if there are no
    // context keys in the request"); ForAnyValue → false; else positive false, negated true.
    if (clause.ifExists) return true;
    if (clause.qualifier !== null) return clause.qualifier === 'ForAllValues';
    return op.negated;
  }
  const values = prepareValues(op, clause.values, context, variablesEnabled);
  if (clause.qualifier === 'ForAllValues')
    return entry.values.every((v) => requestValueMatches(op, v, values));
  if (clause.qualifier === 'ForAnyValue') return entry.values.some((v) => requestValueMatches(op, v, values));
  // Documented choice (docs/iam-semantics.md §4.4, open question 3): an operator without a set qualifier never
  // matches a multivalued key (the request gave an array, even of one value), whether the
  // operator is positive or negated and with or without IfExists. AWS says multivalued keys
  // "require a condition set operator"; observed behaviour for positive operators agrees
  // (boogy/iam-policy-validator #161, ExtendDB #271). Treating negated operators the same
  // keeps "the clause is malformed for this key" a single rule; note it means such a Deny
  // never applies.
  if (entry.multivalued) return false;
  return requestValueMatches(op, entry.values[0] as string, values);
}

/** AND of all clauses (first failing clause reported). */
export function evaluateConditions(
  clauses: readonly ConditionClause[],
  context: RequestContext,
  variablesEnabled: boolean,
): ConditionOutcome {
  for (const clause of clauses) {
    if (!evaluateClause(clause, context, variablesEnabled)) {
      const entry = contextEntry(context, clause.key);
      return { matched: false, clause, requestValues: entry === undefined ? null : entry.values };
    }
  }
  return MATCHED;
}
