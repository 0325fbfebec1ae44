/**
 * Writing statements of the effective policy as JSON: Condition blocks merged per
 * operator and key (exactly where the operator allows it), and Deny statements copied.
 */

import type { CompiledStatement } from '../evaluate/compileStatement';
import type { ConditionClause } from '../types';
import { literalClause, literalText } from './normalize';

/** A JSON statement of the effective policy. */
export type JsonStatement = Record<string, unknown>;

/** One string, or the list when there are several (as policies are usually written). */
export function oneOrMany(values: readonly string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : [...values];
}

/** Result of merging clauses into a Condition block: `problem` says what could not be kept exactly. */
export interface ConditionBlock {
  readonly block: Record<string, Record<string, string | string[]>>;
  readonly problems: readonly string[];
}

/**
 * Merges clauses (an AND) into one Condition object. A Condition object cannot hold the same
 * key twice under one operator, so two clauses on one operator and key are merged: equality
 * (`StringEquals`, with or without IfExists) takes the common values, `StringNotEquals` the
 * union (a NOR); anything else keeps the first clause and reports a problem.
 */
export function conditionBlock(clauses: readonly ConditionClause[]): ConditionBlock {
  const block: Record<string, Record<string, string[]>> = {};
  const keys = new Map<string, string>();
  const problems: string[] = [];
  for (const clause of clauses) {
    const operator = (block[clause.operator] ??= {});
    const lowerKey = `${clause.operator}\u0000${clause.key.toLowerCase()}`;
    const existingKey = keys.get(lowerKey);
    if (existingKey === undefined) {
      keys.set(lowerKey, clause.key);
      operator[clause.key] = [...clause.values];
      continue;
    }
    const current = operator[existingKey] as string[];
    const same = current.length === clause.values.length && clause.values.every((v) => current.includes(v));
    if (same) continue;
    const plain = clause.qualifier === null && ![...current, ...clause.values].some((v) => v.includes('${'));
    if (plain && clause.baseOperator === 'StringEquals') {
      const common = current.filter((v) => clause.values.includes(v));
      if (common.length > 0) {
        operator[existingKey] = common;
        continue;
      }
    } else if (plain && clause.baseOperator === 'StringNotEquals') {
      operator[existingKey] = [...new Set([...current, ...clause.values])];
      continue;
    }
    problems.push(`${clause.operator} on ${clause.key} with two different value lists`);
  }
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const [operator, entries] of Object.entries(block)) {
    out[operator] = {};
    for (const [key, values] of Object.entries(entries))
      (out[operator] as Record<string, unknown>)[key] = oneOrMany(values);
  }
  return { block: out, problems };
}

/**
 * A copy of a Deny statement as JSON, meaning what it meant in its policy (its Principal,
 * which names the caller, is dropped; an older Version's `${` is kept literal).
 */
export function copyStatement(statement: CompiledStatement, variablesEnabled: boolean): JsonStatement {
  const json: JsonStatement = { Effect: statement.effect };
  json[statement.notAction ? 'NotAction' : 'Action'] = oneOrMany(statement.actions);
  const resources = statement.resources;
  if (resources === null) json.Resource = '*';
  else {
    json[statement.notResource ? 'NotResource' : 'Resource'] = oneOrMany(
      resources.map((p) => literalText(p, variablesEnabled)),
    );
  }
  if (statement.conditions.length > 0) {
    json.Condition = conditionBlock(
      statement.conditions.map((c) => literalClause(c, variablesEnabled)),
    ).block;
  }
  return json;
}
