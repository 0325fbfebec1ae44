/** One-call evaluation of a whole scenario, for the CLI, fixtures and simple callers. */

import { compileScenario } from '../scenario/compile';
import { parseScenario, parseScenarioText } from '../scenario/parseScenario';
import type { Diagnostic, EvaluationResult } from '../types';
import { evaluateRequest } from './evaluateRequest';

/** Diagnostics of the scenario and its policies, and one result per request, in order. */
export interface ScenarioEvaluation {
  readonly diagnostics: Diagnostic[];
  readonly results: EvaluationResult[];
}

/**
 * Validates, compiles and evaluates a scenario given as a value, or as JSON text when
 * `input` is a string. Diagnostics: the scenario's own, then every policy's (their `path`
 * names the policy's document, their range is inside that document). An invalid scenario
 * yields no results. Never throws.
 */
export function evaluateScenario(input: unknown): ScenarioEvaluation {
  // Documented choice: a string is the scenario's JSON text, not an invalid scenario value.
  const parsed = typeof input === 'string' ? parseScenarioText(input) : parseScenario(input);
  const scenario = parsed.scenario;
  if (scenario === null) return { diagnostics: parsed.diagnostics, results: [] };
  const compiled = compileScenario(scenario);
  return {
    diagnostics: [...parsed.diagnostics, ...compiled.diagnostics],
    results: scenario.requests.map((request) => evaluateRequest(compiled, request)),
  };
}
