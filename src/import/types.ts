/**
 * Types shared by import and export. A policy is a `PolicySource` (`src/permalink/schema.ts`):
 * its text as typed, or a reference to an AWS managed policy by ARN. `ScenarioDraft` is the
 * scenario with such sources instead of documents, so the permalink's `SharedState` can be
 * passed wherever a draft is expected.
 */

import type { ScenarioOf } from '../engine';
import type { PolicySource, SharedResourcePolicy } from '../permalink';

export type { PolicySource } from '../permalink';

/** A resource-based policy with its kind. */
export type ResourcePolicySource = SharedResourcePolicy;

/** A scenario whose policies are {@link PolicySource}s. */
export type ScenarioDraft = ScenarioOf<PolicySource>;

/** Scenario parts read from AWS output, with notes on what could not be carried over. */
export interface ImportedScenario {
  readonly principal: string;
  readonly sessionIssuer?: string;
  readonly identityPolicies: readonly PolicySource[];
  readonly permissionsBoundary: PolicySource | null;
  /** A role's trust policy, offered as a resource policy of kind `role-trust`. */
  readonly resourcePolicy: ResourcePolicySource | null;
  /** Things a person should know: missing groups, unresolvable policies, parts AWS did not output. */
  readonly notes: readonly string[];
}

/** A user or role found in get-account-authorization-details output. */
export interface PrincipalChoice {
  readonly kind: 'user' | 'role';
  readonly name: string;
  /** The user's or role's ARN (with its path). */
  readonly arn: string;
  readonly path: string;
  /** How many policies apply: inline + attached (+ via groups for a user). */
  readonly policyCount: number;
  readonly hasBoundary: boolean;
}

/** A policy document read from the output, pretty-printed (2-space indent). */
export interface ImportedPolicy {
  readonly name: string;
  readonly text: string;
}

/** An inline policy of a user, group or role. */
export interface InlinePolicyDetail {
  readonly name: string;
  readonly text: string;
}

/** A managed policy attachment. */
export interface AttachedPolicyDetail {
  readonly name: string;
  readonly arn: string;
}

/** A user of the authorization details, checked and with documents decoded. */
export interface UserDetail {
  readonly name: string;
  readonly arn: string;
  readonly path: string;
  readonly inlinePolicies: readonly InlinePolicyDetail[];
  readonly attachedPolicies: readonly AttachedPolicyDetail[];
  readonly groups: readonly string[];
  readonly boundaryArn: string | null;
}

/** A group of the authorization details. */
export interface GroupDetail {
  readonly name: string;
  readonly arn: string;
  readonly inlinePolicies: readonly InlinePolicyDetail[];
  readonly attachedPolicies: readonly AttachedPolicyDetail[];
}

/** A role of the authorization details. */
export interface RoleDetail {
  readonly name: string;
  readonly arn: string;
  readonly path: string;
  readonly trustPolicy: string | null;
  readonly inlinePolicies: readonly InlinePolicyDetail[];
  readonly attachedPolicies: readonly AttachedPolicyDetail[];
  readonly boundaryArn: string | null;
}

/** A managed policy of the `Policies` list, with the text of its default version. */
export interface ManagedPolicyDetail {
  readonly name: string;
  readonly arn: string;
  /** Null when no version is marked as the default one. */
  readonly defaultVersionId: string | null;
  readonly text: string | null;
}

/** get-account-authorization-details output, checked and normalised. */
export interface AuthorizationDetails {
  readonly users: readonly UserDetail[];
  readonly groups: readonly GroupDetail[];
  readonly roles: readonly RoleDetail[];
  readonly policies: readonly ManagedPolicyDetail[];
  /** True when the output says `IsTruncated`: a page is missing. */
  readonly truncated: boolean;
}

/** What {@link importAwsJson} recognised, with what it read. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly kind: 'authorization-details';
      readonly details: AuthorizationDetails;
      /** Users then roles, each sorted by name: the principals to pick from. */
      readonly principals: readonly PrincipalChoice[];
      readonly notes: readonly string[];
    }
  | {
      readonly ok: true;
      readonly kind: 'role';
      readonly scenario: ImportedScenario;
      readonly notes: readonly string[];
    }
  | {
      readonly ok: true;
      readonly kind: 'policy-version' | 'inline-policy' | 'policy-document';
      readonly policy: ImportedPolicy;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: ImportError };

/** Why the input could not be imported. */
export interface ImportError {
  readonly code: 'json-syntax' | 'unrecognised' | 'invalid';
  readonly message: string;
  /** 1-based position of a JSON syntax error. */
  readonly line?: number;
  readonly column?: number;
}
