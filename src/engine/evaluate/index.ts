/** The decision procedure: one request against a compiled scenario, or a whole scenario at once. */

export { evaluateRequest, type EvaluateOptions } from './evaluateRequest';
export { evaluateScenario, type ScenarioEvaluation } from './evaluateScenario';
