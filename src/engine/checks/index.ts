/**
 * Checks over the effective permission set: Access Analyzer-style policy checks, answered
 * offline over the whole catalog, and a scenario's own assertions.
 */

export { ACCESS_LIMITS, parseAccess, type AccessResult, type AccessSpec } from './access';
export { checkAccessNotGranted, unknownAccessActions } from './accessNotGranted';
export { checkAssertions, type AssertionOffender, type AssertionResult } from './assertions';
export {
  CHECK_POLICY_TYPES,
  readCheckedDocument,
  type CheckPolicyType,
  type CheckedDocument,
  type CheckedStatement,
  type DocumentResult,
} from './documents';
export { checkNoNewAccess, newAccessActions, scenarioNoNewAccess } from './noNewAccess';
export { decidingStatement, meetsExpectation, type TracedStatement } from './expectations';
export type { PolicyCheckFinding, PolicyCheckOutcome, PolicyCheckReason, PolicyCheckResult } from './result';
