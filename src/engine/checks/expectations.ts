/**
 * A request's `expect` checked against its evaluation, and the statement that decided it (for
 * a failing test's report).
 */

import type { EvaluationResult, PolicyTrace, RequestExpectation, StatementTrace } from '../types';

/** A statement of the trace, with the policy it belongs to. */
export interface TracedStatement {
  readonly policy: PolicyTrace;
  readonly statement: StatementTrace;
}

/** Whether the result is what the request expects: the decision and, when given, `deniedBy`. */
export function meetsExpectation(result: EvaluationResult, expect: RequestExpectation): boolean {
  if (result.decision !== expect.decision) return false;
  return expect.deniedBy === undefined || result.deniedBy === expect.deniedBy;
}

function firstStatement(
  trace: readonly PolicyTrace[],
  wanted: (policy: PolicyTrace, statement: StatementTrace) => boolean,
): TracedStatement | null {
  for (const policy of trace) {
    for (const statement of policy.statements) if (wanted(policy, statement)) return { policy, statement };
  }
  return null;
}

/**
 * The first statement that decided the result: for an allowed request, the first matching
 * Allow; for an explicit deny, the first matching Deny of the denying layer; for an implicit
 * deny, the first statement of the denying layer (which did not match, with the reason). Null
 * when no statement decided it (an action AWS always allows, the root user, a layer with no
 * statements).
 */
export function decidingStatement(result: EvaluationResult): TracedStatement | null {
  const { trace, deniedBy } = result;
  if (result.decision === 'Allowed') {
    return firstStatement(trace, (_, statement) => statement.matched && statement.effect === 'Allow');
  }
  if (result.decision === 'ExplicitDeny') {
    return firstStatement(
      trace,
      (policy, statement) => policy.layer === deniedBy && statement.matched && statement.effect === 'Deny',
    );
  }
  return firstStatement(trace, (policy) => policy.layer === deniedBy);
}
