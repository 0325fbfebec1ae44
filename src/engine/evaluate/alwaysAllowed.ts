/**
 * The actions AWS performs whatever the policies say, and for which callers. Shared by the
 * decision procedure and the whole-catalog analysis so the two cannot disagree.
 */

import type { Caller } from '../types';

/** Which callers an always-allowed action is always allowed for. */
type CallerKinds = 'any' | 'long-term';

/**
 * Lower-cased action name → callers for whom no policy can deny it.
 *
 * - `sts:GetCallerIdentity` succeeds even under an explicit Deny (STS API reference).
 * - `sts:GetSessionToken`: "No permissions are required for a user to get a session token
 *   … You cannot use policies to control authentication operations"
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html).
 */
const ALWAYS_ALLOWED: ReadonlyMap<string, CallerKinds> = new Map([
  ['sts:getcalleridentity', 'any'],
  ['sts:getsessiontoken', 'long-term'],
]);

/** Whether `lowerAction` (lower-cased `service:Name`) is always allowed for some caller. */
export function isAlwaysAllowedForSomeCaller(lowerAction: string): boolean {
  return ALWAYS_ALLOWED.has(lowerAction);
}

/**
 * Whether `lowerAction` (lower-cased `service:Name`) is allowed whatever the policies say when
 * called by a caller of kind `callerKind`.
 */
export function isAlwaysAllowed(lowerAction: string, callerKind: Caller['kind']): boolean {
  const kinds = ALWAYS_ALLOWED.get(lowerAction);
  if (kinds === undefined) return false;
  if (kinds === 'any') return true;
  // Documented choice: GetSessionToken is always allowed only for long-term credentials (an
  // IAM user or the root user). STS rejects GetSessionToken from session credentials with an
  // error that is not an authorization decision; the playground evaluates it normally for
  // role sessions and federated users.
  return callerKind === 'user' || callerKind === 'root';
}
