/**
 * The examples gallery: curated scenarios, each with the answers the engine should give and a
 * sentence explaining each. Pure data; the UI opens one with `#example=<id>`.
 */

import { boundaryDeny } from './boundary-deny';
import { crossAccount } from './cross-account';
import { delegatedAdmin } from './delegated-admin';
import { delegatedAdminNaive } from './delegated-admin-naive';
import { ec2Boundary } from './ec2-boundary';
import { kmsKeyPolicy } from './kms-key-policy';
import { mfaGuardrail } from './mfa-guardrail';
import { missingKeys } from './missing-keys';
import { notActionBoundary } from './notaction-boundary';
import { rcpDataPerimeter } from './rcp-data-perimeter';
import { resourcePolicyRole } from './resource-policy-role';
import { resourcePolicySession } from './resource-policy-session';
import { resourcePolicyUser } from './resource-policy-user';
import { roleTrustPolicy } from './role-trust-policy';
import { scpLevels } from './scp-levels';
import { sessionPolicy } from './session-policy';
import { tagBasedAccess } from './tag-based-access';
import type { Example } from './types';
import { vpcEndpointPerimeter } from './vpc-endpoint-perimeter';

export type { Example, ExampleExpectation } from './types';

/** Every example, in gallery order: boundaries first, then resource policies, organizations, conditions. */
export const EXAMPLES: readonly Example[] = [
  ec2Boundary,
  delegatedAdmin,
  delegatedAdminNaive,
  notActionBoundary,
  boundaryDeny,
  resourcePolicyUser,
  resourcePolicyRole,
  resourcePolicySession,
  sessionPolicy,
  scpLevels,
  rcpDataPerimeter,
  vpcEndpointPerimeter,
  crossAccount,
  kmsKeyPolicy,
  roleTrustPolicy,
  mfaGuardrail,
  tagBasedAccess,
  missingKeys,
];

const BY_ID: ReadonlyMap<string, Example> = new Map(EXAMPLES.map((example) => [example.id, example]));

/** The example with this id, or `undefined` when there is none. */
export function findExample(id: string): Example | undefined {
  return BY_ID.get(id);
}
