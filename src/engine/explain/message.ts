/** The AccessDenied message AWS prints for a denied request (docs/iam-semantics.md §5). */

import { slotOfLayer, type DenialWording } from '../scenario/slots';
import type { Layer, ResourcePolicyKind } from '../types';

/** What {@link formatAccessDenied} needs to know about a denial. */
export interface AccessDeniedInput {
  /**
   * The caller as AWS shows it: the session ARN for role sessions, the federated-user ARN,
   * the user ARN, or `arn:aws:iam::ACCOUNT:root`.
   */
  readonly callerArn: string;
  /** The action exactly as the request gave it (AWS echoes it verbatim, typos included). */
  readonly action: string;
  readonly resource: string;
  readonly decision: 'ExplicitDeny' | 'ImplicitDeny';
  /** The layer the message names (the result's `deniedBy`). */
  readonly layer: Layer;
  /** The kind of the resource policy, which changes the wording of resource-layer denials. */
  readonly resourcePolicyKind?: ResourcePolicyKind | null;
}

const ROLE_TRUST: DenialWording = { name: 'role trust policy', article: 'the' };

// Documented choice: key-policy denials use KMS's own text for both implicit and explicit
// denies (docs/iam-semantics.md §3.6/§5.2); AWS uses it for missing keys, wrong Regions and cross-account
// failures alike, so it never names which of those happened.
const KMS_REASON =
  'on this resource because the resource does not exist in this Region, no resource-based policies allow ' +
  'access, or a resource-based policy explicitly denies access';

/**
 * Formats the message per docs/iam-semantics.md §5.1:
 * `User: <caller> is not authorized to perform: <action>[ on resource: <resource>] <reason>`,
 * where the resource part appears only for a specific resource (not `*`) and the reason is
 * `because no <type> allows the <action> action` (implicit) or
 * `with an explicit deny in <a|an|the> <type>` (explicit).
 */
export function formatAccessDenied(input: AccessDeniedInput): string {
  const head = `User: ${input.callerArn} is not authorized to perform: ${input.action}`;
  if (input.layer === 'resource' && input.resourcePolicyKind === 'kms-key') return `${head} ${KMS_REASON}`;
  const target = input.resource === '*' ? '' : ` on resource: ${input.resource}`;
  const type =
    input.layer === 'resource' && input.resourcePolicyKind === 'role-trust'
      ? ROLE_TRUST
      : slotOfLayer(input.layer).denial;
  const reason =
    input.decision === 'ImplicitDeny'
      ? `because no ${type.name} allows the ${input.action} action`
      : `with an explicit deny in ${type.article} ${type.name}`;
  return `${head}${target} ${reason}`;
}
