/**
 * Request context values that decide a condition: values that make a failed Allow condition
 * hold (`set-context`), and values that make a Deny's condition false (`exempt-from-deny`).
 * They are proposals only: every one is checked by evaluating the request with it.
 */

import { evaluateConditions } from '../conditions/evaluate';
import { getConditionOperator } from '../conditions/registry';
import type { ConditionClause, ContextValue, RequestContext } from '../types';

/**
 * Keys that describe the caller, not the request: derived from the principal (or held in its
 * tags), so no request can choose them.
 */
export function isCallerKey(key: string, derived: ReadonlyMap<string, unknown>): boolean {
  const lower = key.toLowerCase();
  return derived.has(lower) || lower.startsWith('aws:principal') || lower === 'aws:userid';
}

/** The first policy value without a variable, its wildcards filled in. */
function literal(clause: ConditionClause): string | null {
  const value = clause.values.find((v) => !v.includes('${'));
  return value === undefined ? null : value.replaceAll('*', 'x').replaceAll('?', 'x');
}

function number(clause: ConditionClause, delta: number): string | null {
  const value = Number(clause.values[0]);
  return clause.values[0] === undefined || !Number.isFinite(value) ? null : String(value + delta);
}

/** A date value shifted by `seconds`, as ISO 8601 (an all-digit value is epoch seconds). */
function date(clause: ConditionClause, seconds: number): string | null {
  const value = clause.values[0];
  if (value === undefined) return null;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms + seconds * 1000).toISOString().replace('.000Z', 'Z') : null;
}

/** The address part of the first CIDR, which lies inside it (host bits are ignored). */
function address(clause: ConditionClause): string | null {
  const value = clause.values[0];
  return value === undefined ? null : (value.split('/')[0] ?? null);
}

/** A value that makes a clause (without set qualifier) hold; null when none is proposed. */
function holdingValue(clause: ConditionClause): string | null {
  const negated = getConditionOperator(clause.baseOperator)?.negated ?? false;
  switch (clause.baseOperator) {
    case 'Bool':
    case 'BinaryEquals':
      return clause.values[0] ?? null;
    case 'NumericLessThan':
      return number(clause, -1);
    case 'NumericGreaterThan':
    case 'NumericNotEquals':
      return number(clause, 1);
    case 'NumericLessThanEquals':
    case 'NumericGreaterThanEquals':
    case 'NumericEquals':
      return number(clause, 0);
    case 'DateLessThan':
      return date(clause, -1);
    case 'DateGreaterThan':
    case 'DateNotEquals':
      return date(clause, 1);
    case 'DateLessThanEquals':
    case 'DateGreaterThanEquals':
    case 'DateEquals':
      return date(clause, 0);
    case 'IpAddress':
      return address(clause);
    case 'Null':
      return null;
    default:
      // String and ARN operators: a listed value, or (negated) one that no listed value matches.
      return negated ? 'none' : literal(clause);
  }
}

/** A value that makes a clause (without set qualifier) false; null when none is proposed. */
function failingValue(clause: ConditionClause): string | null {
  switch (clause.baseOperator) {
    case 'Bool':
      return clause.values[0]?.toLowerCase() === 'true' ? 'false' : 'true';
    case 'NumericLessThan':
    case 'NumericGreaterThan':
    case 'NumericNotEquals':
      return number(clause, 0);
    case 'NumericLessThanEquals':
    case 'NumericEquals':
      return number(clause, 1);
    case 'NumericGreaterThanEquals':
      return number(clause, -1);
    case 'DateLessThan':
    case 'DateGreaterThan':
    case 'DateNotEquals':
      return date(clause, 0);
    case 'DateLessThanEquals':
    case 'DateEquals':
      return date(clause, 1);
    case 'DateGreaterThanEquals':
      return date(clause, -1);
    case 'NotIpAddress':
      return address(clause);
    case 'StringNotEquals':
    case 'StringNotEqualsIgnoreCase':
    case 'StringNotLike':
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return literal(clause);
    default:
      // A positive string, ARN or IP test, or Null: no value is a sensible proposal.
      return null;
  }
}

/**
 * Context values under which every clause holds: the clauses that fail in `context` get a
 * value; null when one of them is about the caller or gets no proposal.
 */
export function holdingContext(
  clauses: readonly ConditionClause[],
  context: RequestContext,
  derived: ReadonlyMap<string, unknown>,
  variablesEnabled: boolean,
): Record<string, ContextValue> | null {
  const out: Record<string, ContextValue> = {};
  for (const clause of clauses) {
    if (evaluateConditions([clause], context, variablesEnabled).matched) continue;
    if (isCallerKey(clause.key, derived)) return null;
    const negated = getConditionOperator(clause.baseOperator)?.negated ?? false;
    if (clause.qualifier !== null && negated) return null;
    const value = holdingValue(clause);
    if (value === null) return null;
    out[clause.key] = clause.qualifier === null ? value : [value];
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** One-key contexts, each making one clause of a Deny's condition false (the clauses are ANDed). */
export function exemptingContexts(
  clauses: readonly ConditionClause[],
  derived: ReadonlyMap<string, unknown>,
): Record<string, ContextValue>[] {
  const out: Record<string, ContextValue>[] = [];
  for (const clause of clauses) {
    if (clause.qualifier !== null || isCallerKey(clause.key, derived)) continue;
    const value = failingValue(clause);
    if (value !== null) out.push({ [clause.key]: value });
  }
  return out;
}
