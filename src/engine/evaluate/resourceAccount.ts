/** Which account owns the requested resource, and whether a resource policy applies to an action. */

import type { Request, ResourcePolicyKind } from '../types';

/**
 * The resource's account (docs/iam-semantics.md §3.7): `request.resourceAccount`, else the ARN's account
 * component when it is not empty (S3 bucket ARNs leave it empty), else the caller's.
 */
export function resourceAccountOf(request: Request, callerAccount: string): string {
  if (request.resourceAccount !== undefined) return request.resourceAccount;
  const resource = request.resource;
  if (!resource.startsWith('arn:')) return callerAccount;
  // The account is the fifth component: between the fourth and fifth colons.
  let colon = 3;
  for (let n = 0; n < 3; n++) {
    colon = resource.indexOf(':', colon + 1);
    if (colon < 0) return callerAccount;
  }
  const end = resource.indexOf(':', colon + 1);
  if (end < 0) return callerAccount;
  const account = resource.slice(colon + 1, end);
  return account.length > 0 ? account : callerAccount;
}

/** Does the scenario's resource policy take part in a request for `action`? */
export function resourcePolicyApplies(kind: ResourcePolicyKind, action: string): boolean {
  // Documented choice: a role trust policy governs only `sts:` actions (AssumeRole*,
  // TagSession, SetSourceIdentity…) and a KMS key policy only `kms:` actions; an ordinary
  // resource-based policy takes part in every request, since the scenario has one resource
  // policy: that of the resource being requested.
  if (kind === 'resource') return true;
  const prefix = kind === 'kms-key' ? 'kms:' : 'sts:';
  return action.length > prefix.length && action.slice(0, prefix.length).toLowerCase() === prefix;
}
