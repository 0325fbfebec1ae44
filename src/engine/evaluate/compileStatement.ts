/**
 * A statement prepared for fast repeated evaluation: patterns as plain string arrays, the
 * principal outcome precomputed for the scenario's caller, condition keys lower-cased.
 */

import type { Caller, ConditionClause, Effect, Statement } from '../types';
import { principalOutcome, type PrincipalOutcome } from './principalMatch';

/** A statement ready for evaluation. */
export interface CompiledStatement {
  readonly source: Statement;
  readonly index: number;
  readonly sid: string | null;
  readonly effect: Effect;
  readonly valid: boolean;
  readonly allow: boolean;
  readonly notAction: boolean;
  readonly actions: readonly string[];
  readonly notResource: boolean;
  /** Null when the statement has no Resource element (it applies to the policy's own resource). */
  readonly resources: readonly string[] | null;
  readonly principal: PrincipalOutcome;
  readonly conditions: readonly ConditionClause[];
  /** Lower-cased key of each condition clause, for the missing-key report. */
  readonly conditionKeys: readonly string[];
}

/** Options that shape how statements of one policy are compiled. */
export interface StatementCompileOptions {
  readonly caller: Caller;
  /** True for resource-based policies when the caller has a permissions boundary (docs/iam-semantics.md §3.5). */
  readonly notPrincipalDeniesBounded: boolean;
}

/** Compiles one parsed statement. */
export function compileStatement(statement: Statement, options: StatementCompileOptions): CompiledStatement {
  const action = statement.action;
  const resource = statement.resource;
  return {
    source: statement,
    index: statement.index,
    sid: statement.sid,
    effect: statement.effect,
    // A statement without an action cannot match anything; the parser marks it invalid too.
    valid: statement.valid && action !== null,
    allow: statement.effect === 'Allow',
    notAction: action?.kind === 'NotAction',
    actions: action === null ? [] : action.patterns.map((p) => p.value),
    notResource: resource?.kind === 'NotResource',
    resources: resource === null ? null : resource.patterns.map((p) => p.value),
    principal: principalOutcome(
      statement.principal,
      options.caller,
      statement.effect,
      options.notPrincipalDeniesBounded,
    ),
    conditions: statement.conditions,
    conditionKeys: statement.conditions.map((clause) => clause.key.toLowerCase()),
  };
}
