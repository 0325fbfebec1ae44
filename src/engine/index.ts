/**
 * The engine's public entry: the only module the rest of the app imports. Pure TypeScript —
 * no DOM, no Node built-ins, no UI or state imports.
 */

export * from './types';
export { parsePolicy, DIAGNOSTIC_CODES, type DiagnosticCode } from './parse';
export {
  SCENARIO_DIAGNOSTIC_CODES,
  compileScenario,
  parseScenario,
  parseScenarioText,
  type CompiledLevel,
  type CompiledPolicy,
  type CompiledScenario,
  type ScenarioDiagnosticCode,
  type ScenarioParseResult,
} from './scenario';
export { evaluateRequest, evaluateScenario, type EvaluateOptions, type ScenarioEvaluation } from './evaluate';
export { describeLayer, describeReason, formatAccessDenied, type AccessDeniedInput } from './explain';
export { actionMatches } from './match/action';
export { resourceMatches, type ResourceMatch } from './match/resource';
export { globMatcher, hasWildcard, type TextMatcher } from './match/wildcard';
export { globStepCount } from './match/glob';
export { parseCaller } from './match/principal';
export * from './analysis';
export {
  CONDITION_OPERATORS,
  getConditionOperator,
  parseOperatorName,
  type OperatorName,
} from './conditions/registry';
export * from './catalogChecks';
export { editDistance } from './catalogChecks/nearestName';
