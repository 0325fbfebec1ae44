/** Whether a request's result is what the request expected (a scenario used as a test). */

import type { EvaluationResult, RequestExpectation } from '../types';

/** The outcome of one expectation: met, or not and why. */
export type ExpectationOutcome =
  | { readonly met: true }
  | {
      readonly met: false;
      readonly expected: RequestExpectation;
      readonly got: Pick<EvaluationResult, 'decision' | 'deniedBy'>;
    };

/**
 * Checks `result` against `expect`: the decision must be the expected one, and when `deniedBy` is
 * given, the layer AWS's message names (`result.deniedBy`) must be that one.
 */
export function checkExpectation(result: EvaluationResult, expect: RequestExpectation): ExpectationOutcome {
  const decisionMet = result.decision === expect.decision;
  const layerMet = expect.deniedBy === undefined || result.deniedBy === expect.deniedBy;
  return decisionMet && layerMet
    ? { met: true }
    : { met: false, expected: expect, got: { decision: result.decision, deniedBy: result.deniedBy } };
}
