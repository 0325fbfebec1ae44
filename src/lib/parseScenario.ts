/** `parseScenario`: the library's one way in for a scenario, as JSON text or as a value. */

import { parseScenario as parseScenarioValue, parseScenarioText, type ScenarioParseResult } from '../engine';

/**
 * A scenario in the format the README describes ("The scenario format"): its JSON text, or the
 * value `JSON.parse` gives for it. Either way it is validated; nothing is trusted.
 */
export type ScenarioInput = string | object;

/**
 * Validates a scenario. Text gets JSON syntax errors and field problems with line and column;
 * a value gets field problems with their `path` (e.g. `identityPolicies[1].name`). The scenario
 * is null when any diagnostic is an error. Never throws.
 */
export function parseScenario(input: ScenarioInput): ScenarioParseResult {
  // A string is the scenario's JSON text (as `evaluate` reads it): no scenario is a bare string.
  return typeof input === 'string' ? parseScenarioText(input) : parseScenarioValue(input);
}
