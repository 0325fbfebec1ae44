/** Stable codes of scenario diagnostics, in one table so the UI and tests can rely on them. */

import type { Severity } from '../types';

/** Every scenario diagnostic code with its severity and a short title. */
export const SCENARIO_DIAGNOSTIC_CODES = {
  'scenario-json-syntax': { severity: 'error', title: 'The scenario is not valid JSON' },
  // The same code and wording as a policy's duplicate keys (see parseScenarioText).
  'duplicate-key': { severity: 'error', title: 'Duplicate key' },
  'scenario-not-object': { severity: 'error', title: 'The scenario must be a JSON object' },
  'scenario-version': { severity: 'error', title: 'Unsupported scenario version' },
  'scenario-missing-field': { severity: 'error', title: 'A required field is missing' },
  'scenario-wrong-type': { severity: 'error', title: 'A field has the wrong type' },
  'scenario-empty-value': { severity: 'error', title: 'A field must not be empty' },
  'scenario-principal': { severity: 'error', title: 'The principal is not a caller ARN' },
  'scenario-principal-unusual': { severity: 'warning', title: 'AWS could not produce this principal' },
  'scenario-session-issuer': { severity: 'warning', title: 'The session issuer does not fit the principal' },
  'scenario-policy-arn': { severity: 'error', title: 'Not a managed policy ARN' },
  'scenario-unknown-managed-policy': { severity: 'error', title: 'Unknown AWS managed policy' },
  'scenario-account-id': { severity: 'warning', title: 'Not a 12-digit account id' },
  'scenario-resource-policy-kind': { severity: 'error', title: 'Unknown resource policy kind' },
  'scenario-expectation': { severity: 'error', title: 'The expectation is not a decision' },
  'scenario-assertion': { severity: 'error', title: 'The assertion is not a list of action patterns' },
  'scenario-unknown-field': { severity: 'warning', title: 'Unknown field (ignored)' },
  'scenario-context-coerced': { severity: 'warning', title: 'Context value turned into text' },
  'scenario-policy-ignored': { severity: 'warning', title: 'Policy does not apply to this principal' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

/** A scenario diagnostic code. */
export type ScenarioDiagnosticCode = keyof typeof SCENARIO_DIAGNOSTIC_CODES;
