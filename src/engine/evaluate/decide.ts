/**
 * The decision procedure of docs/iam-semantics.md §3.2–§3.9 as a pure function of per-layer outcomes, so the
 * combination rules can be read (and tested) apart from statement matching.
 */

import type { AllowBasis, Decision, Layer, ResourcePolicyKind } from '../types';
import { GRANT, type GrantStrength } from './grant';

/** What each layer said about one request. */
export interface LayerOutcomes {
  /**
   * `sts:GetCallerIdentity`, or `sts:GetSessionToken` from an IAM user or the root user:
   * allowed whatever the policies say.
   */
  readonly alwaysAllowed: boolean;
  /** Layers with a matching Deny, in the documented order. */
  readonly explicitDenies: readonly Layer[];
  /** Every SCP level has a matching Allow (true when SCPs do not apply). */
  readonly scpAllows: boolean;
  /** The VPC endpoint policy allows (true when the request does not go through one). */
  readonly vpcEndpointAllows: boolean;
  readonly sameAccount: boolean;
  readonly isRoot: boolean;
  /** The kind of the resource policy that applies to this request, or null when none does. */
  readonly resourceKind: ResourcePolicyKind | null;
  /** The strongest resource-policy grant to the caller. */
  readonly grant: GrantStrength;
  /** An identity policy allows (true for the root user, who has none). */
  readonly identityAllows: boolean;
  /** No boundary, or the boundary allows. */
  readonly boundaryAllows: boolean;
  /** Not a session; or a role session without a session policy; or the session policy allows. */
  readonly sessionAllows: boolean;
}

/** The verdict: decision, denying layers and the basis of an Allow. */
export interface Verdict {
  readonly decision: Decision;
  readonly deniedBy: Layer | null;
  readonly deniedByAll: readonly Layer[];
  readonly allowedBy: AllowBasis | null;
}

const ALWAYS: Verdict = { decision: 'Allowed', deniedBy: null, deniedByAll: [], allowedBy: 'always-allowed' };

function allowed(basis: AllowBasis): Verdict {
  return { decision: 'Allowed', deniedBy: null, deniedByAll: [], allowedBy: basis };
}

/** Implicit denies of the caller's side (identity, boundary, session), in order. */
function identityPathFailures(o: LayerOutcomes): Layer[] {
  if (o.isRoot) return [];
  const failures: Layer[] = [];
  if (!o.identityAllows) failures.push('identity');
  if (!o.boundaryAllows) failures.push('boundary');
  if (!o.sessionAllows) failures.push('session');
  return failures;
}

/** Failing layers on the path that decides a same-account request (docs/iam-semantics.md §3.4, §3.6, §3.9). */
function sameAccountFailures(o: LayerOutcomes): { failures: Layer[]; basis: AllowBasis } {
  const strict = o.resourceKind === 'kms-key' || o.resourceKind === 'role-trust';
  const callerSide = identityPathFailures(o);
  // Documented choice: an Allow for the root user is always reported as 'root-user', even
  // when a resource policy also had to allow (cross-account, KMS key, role trust).
  const both: AllowBasis = o.isRoot
    ? 'root-user'
    : callerSide.length === 0
      ? 'identity-and-resource-policy'
      : 'resource-policy';
  if (o.grant === GRANT.direct) return { failures: [], basis: both };
  if (o.grant === GRANT.limited) {
    // A role-ARN or parent-user grant skips the identity policies only: "limited by an
    // implicit deny in a permissions boundary or session policy".
    const failures = callerSide.filter((layer) => layer !== 'identity');
    return { failures, basis: both };
  }
  // KMS key and role trust policies must name the principal or its account (docs/iam-semantics.md §3.6).
  const failures: Layer[] = strict && o.grant === GRANT.none ? ['resource'] : [];
  failures.push(...callerSide);
  const basis: AllowBasis = o.isRoot
    ? 'root-user'
    : o.grant === GRANT.none
      ? 'identity'
      : 'identity-and-resource-policy';
  return { failures, basis };
}

/** Cross-account: both the caller's side and the resource policy must allow (docs/iam-semantics.md §3.7). */
function crossAccountFailures(o: LayerOutcomes): { failures: Layer[]; basis: AllowBasis } {
  const failures: Layer[] = o.grant === GRANT.none ? ['resource'] : [];
  failures.push(...identityPathFailures(o));
  return { failures, basis: o.isRoot ? 'root-user' : 'identity-and-resource-policy' };
}

/**
 * Combines layer outcomes into a verdict.
 *
 * - An explicit deny anywhere wins; `deniedByAll` then lists only the layers with a matching
 *   Deny.
 * - Otherwise `deniedByAll` is every layer whose required Allow is missing on the path that
 *   decided, in the documented order (scp, vpcEndpoint, resource, identity, boundary, session) — so
 *   with a resource-policy grant that bypasses identity, identity is not listed.
 */
export function decide(o: LayerOutcomes): Verdict {
  if (o.alwaysAllowed) return ALWAYS;
  // Documented choice: after an explicit deny, `deniedByAll` lists only the layers with a
  // matching Deny; implicit gaps elsewhere play no part in the outcome, so they are left out.
  if (o.explicitDenies.length > 0) {
    return {
      decision: 'ExplicitDeny',
      deniedBy: o.explicitDenies[0] ?? null,
      deniedByAll: o.explicitDenies,
      allowedBy: null,
    };
  }
  const path = o.sameAccount ? sameAccountFailures(o) : crossAccountFailures(o);
  // RCP levels never deny implicitly: each also holds AWS's RCPFullAWSAccess.
  const failures: Layer[] = [];
  if (!o.scpAllows) failures.push('scp');
  if (!o.vpcEndpointAllows) failures.push('vpcEndpoint');
  failures.push(...path.failures);
  if (failures.length === 0) return allowed(path.basis);
  return { decision: 'ImplicitDeny', deniedBy: failures[0] ?? null, deniedByAll: failures, allowedBy: null };
}
