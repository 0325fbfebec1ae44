/**
 * Every diagnostic code the policy parser emits, with its default severity and a short title
 * (Access Analyzer's finding title where one exists). Codes are stable: the UI, tests and
 * permalinks may rely on them. A few codes are downgraded for some policy types; those are
 * marked "(warning for …)" in their title comment.
 */
import type { Severity } from '../types';

/** One entry of {@link DIAGNOSTIC_CODES}. */
export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  readonly title: string;
}

/** Code → default severity and title. */
export const DIAGNOSTIC_CODES = {
  // Input and JSON
  'invalid-input': { severity: 'error', title: 'Input could not be read' },
  'json-syntax': { severity: 'error', title: 'JSON syntax error' },
  'too-deep': { severity: 'error', title: 'JSON nested too deeply' },
  'duplicate-key': { severity: 'error', title: 'Duplicate key' },
  'invalid-character': { severity: 'error', title: 'Invalid character' },
  // (warning for resource policies, whose limit is service-specific)
  'policy-size': { severity: 'error', title: 'Policy size exceeds quota' },
  'internal-error': { severity: 'error', title: 'Internal parser error' },
  // Document
  'not-an-object': { severity: 'error', title: 'Policy is not an object' },
  'missing-statement': { severity: 'error', title: 'Missing statement' },
  'statement-not-object': { severity: 'error', title: 'Statement is not an object' },
  'unknown-element': { severity: 'error', title: 'Invalid policy element' },
  'wrong-type': { severity: 'error', title: 'Wrong value type' },
  'invalid-version': { severity: 'error', title: 'Invalid version' },
  'missing-version': { severity: 'warning', title: 'Missing version' },
  'version-2012-required': { severity: 'error', title: 'Version 2012-10-17 required' },
  'id-in-identity-policy': { severity: 'warning', title: 'Id in identity-based policy' },
  // Sid
  // (warning for resource and KMS key policies, whose services set their own rules)
  'duplicate-sid': { severity: 'error', title: 'Unique Sids required' },
  'invalid-sid': { severity: 'error', title: 'Unsupported Sid' },
  'empty-sid': { severity: 'suggestion', title: 'Empty Sid value' },
  // Effect
  'missing-effect': { severity: 'error', title: 'Missing effect' },
  'invalid-effect': { severity: 'error', title: 'Invalid effect' },
  'effect-case': { severity: 'error', title: 'Invalid effect case' },
  // Action
  'missing-action': { severity: 'error', title: 'Missing action' },
  'action-and-notaction': { severity: 'error', title: 'Unsupported element combination' },
  'empty-action': { severity: 'suggestion', title: 'Empty array action' },
  'action-format': { severity: 'error', title: 'Invalid action format' },
  'action-service-wildcard': { severity: 'suggestion', title: 'Wildcard in service name' },
  // Resource
  // (warning for resource and KMS key policies, where some services imply the resource)
  'missing-resource': { severity: 'error', title: 'Missing resource' },
  'resource-and-notresource': { severity: 'error', title: 'Unsupported element combination' },
  'resource-in-trust-policy': { severity: 'error', title: 'Role trust policy syntax error resource' },
  'empty-resource': { severity: 'suggestion', title: 'Empty array resource' },
  'malformed-arn': { severity: 'error', title: 'Invalid ARN' },
  'arn-service-wildcard': { severity: 'error', title: 'Wildcard in ARN service' },
  'iam-arn-region': { severity: 'error', title: 'ARN Region not allowed' },
  // Principal
  'principal-not-allowed': { severity: 'error', title: 'Unsupported principal' },
  'missing-principal': { severity: 'error', title: 'Missing principal' },
  'principal-and-notprincipal': { severity: 'error', title: 'Unsupported element combination' },
  'notprincipal-not-allowed': { severity: 'error', title: 'NotPrincipal not supported' },
  'allow-notprincipal': { severity: 'warning', title: 'Allow with NotPrincipal' },
  'invalid-principal-key': { severity: 'error', title: 'Invalid principal key' },
  'invalid-principal-format': { severity: 'error', title: 'Invalid principal format' },
  'principal-wildcard': { severity: 'error', title: 'Unsupported wildcard in principal' },
  'empty-principal': { severity: 'suggestion', title: 'Empty principal' },
  'rcp-principal': { severity: 'error', title: 'RCP principal must be "*"' },
  'rcp-effect': { severity: 'error', title: 'RCP effect must be Deny' },
  'rcp-notaction': { severity: 'error', title: 'RCP does not support NotAction' },
  // Condition
  'condition-not-object': { severity: 'error', title: 'Condition is not an object' },
  'empty-condition': { severity: 'suggestion', title: 'Empty object condition' },
  'unknown-condition-operator': { severity: 'error', title: 'Invalid condition operator' },
  'invalid-qualifier': { severity: 'error', title: 'Invalid condition qualifier' },
  'null-with-ifexists': { severity: 'error', title: 'Null with if exists' },
  'null-with-qualifier': { severity: 'suggestion', title: 'Null with qualifier' },
  'condition-key-format': { severity: 'error', title: 'Invalid condition key format' },
  'duplicate-condition-key-case': { severity: 'error', title: 'Duplicate keys with different case' },
  'bool-value': { severity: 'warning', title: 'Type mismatch Boolean' },
  'numeric-value': { severity: 'warning', title: 'Type mismatch number' },
  'date-value': { severity: 'warning', title: 'Type mismatch date' },
  'ip-value': { severity: 'warning', title: 'Type mismatch IP range' },
  'wildcard-without-like': { severity: 'warning', title: 'Wildcard without like operator' },
  'empty-condition-values': { severity: 'suggestion', title: 'Empty array condition' },
  // Policy variables
  'variable-unsupported-version': { severity: 'warning', title: 'Variable unsupported in version' },
  'variable-unsupported-element': { severity: 'error', title: 'Variable unsupported in element' },
  'variable-invalid-operator': { severity: 'error', title: 'Invalid variable for operator' },
  'missing-brace': { severity: 'error', title: 'Missing brace in variable' },
  'empty-variable': { severity: 'error', title: 'Empty variable' },
  'unsupported-space': { severity: 'error', title: 'Unsupported space in variable' },
  'missing-quote': { severity: 'error', title: 'Missing quote in variable' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

/** A stable diagnostic code of the policy parser. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
