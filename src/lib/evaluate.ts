/** `evaluate`: every request of a scenario, decided as AWS documents it. */

import { evaluateScenario, type ScenarioEvaluation } from '../engine';
import type { ScenarioInput } from './parseScenario';

/**
 * Validates, compiles and evaluates a scenario: one result per request, in order (decision,
 * the layers that denied it, AWS's AccessDenied message, the statement trace), after the
 * scenario's and its policies' diagnostics. An invalid scenario yields no results. Never throws.
 */
export function evaluate(input: ScenarioInput): ScenarioEvaluation {
  return evaluateScenario(input);
}
