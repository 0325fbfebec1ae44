/**
 * The engine's public entry: the only module the rest of the app imports. Pure TypeScript —
 * no DOM, no Node built-ins, no UI or state imports.
 */

export * from './types';
export { policyText } from './json/policyText';
export { parseArn, type ArnParts } from './arn';
export { createLineIndex, type LineIndex } from './json/lineIndex';
export { inspectJsonValue, type JsonValueFindings } from './json/jsonValue';
export {
  findTooDeep,
  MAX_JSON_DEPTH,
  parseJson,
  type JsonNode,
  type JsonParseOutput,
  type JsonSyntaxError,
} from './json/parseJson';
export { parsePolicy, DIAGNOSTIC_CODES, type DiagnosticCode } from './parse';
export { formatCount } from './parse/size';
export {
  SCENARIO_DIAGNOSTIC_CODES,
  compileScenario,
  parseScenario,
  parseScenarioText,
  type CompiledLevel,
  type CompiledPolicy,
  type CompiledScenario,
  type CompileOptions,
  type PolicyParser,
  type ScenarioDiagnosticCode,
  type ScenarioParseResult,
} from './scenario';
export {
  POLICY_SLOTS,
  NO_POLICIES,
  RESOURCE_POLICY_KINDS,
  RESOURCE_POLICY_TYPES,
  listPolicies,
  mapPolicySlots,
  slotOf,
  slotOfLayer,
  updatePolicySlots,
  type DenialWording,
  type PlacedPolicy,
  type PolicyPlace,
  type PolicySlot,
  type SlotField,
  type SlotShape,
} from './scenario/slots';
export {
  isRcpFullAwsAccess,
  RCP_FULL_AWS_ACCESS_ARN,
  RCP_FULL_AWS_ACCESS_NAME,
  RCP_FULL_AWS_ACCESS_TEXT,
} from './scenario/rcpFullAccess';
export { isAwsManagedPolicyArn, type ManagedDocumentResolver } from './scenario/validatePolicies';
export { checkExpectation, type ExpectationOutcome } from './evaluate/expectation';
export { evaluateRequest, evaluateScenario, type EvaluateOptions, type ScenarioEvaluation } from './evaluate';
export {
  describeLayer,
  describeReason,
  describeSkip,
  formatAccessDenied,
  type AccessDeniedInput,
} from './explain';
export { actionMatches } from './match/action';
export { resourceMatches, type ResourceMatch } from './match/resource';
export { globMatcher, hasWildcard, type TextMatcher } from './match/wildcard';
export { globStepCount } from './match/glob';
export { parseCaller } from './match/principal';
export * from './analysis';
// From "denied" to the fix: AWS's messages and CloudTrail events, verified fixes.
export * from './denial';
export * from './fixes';
// Guardrails: can the principal escape its boundary (delegated administration)?
export * from './guardrails';
export {
  CONDITION_OPERATORS,
  getConditionOperator,
  parseOperatorName,
  type OperatorName,
} from './conditions/registry';
export * from './catalogChecks';
export { editDistance } from './catalogChecks/nearestName';
export { RCP_SUPPORTED_SERVICES } from './generated/rcpSupportedServices';
export { escapeControls, escapeControlsInJson } from './text/controlCharacters';
export * from './diff';
export * from './checks';
