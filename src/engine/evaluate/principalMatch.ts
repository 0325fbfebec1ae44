/**
 * Principal/NotPrincipal outcome of a statement for the scenario's caller. The caller is fixed
 * per compiled scenario, so this runs once per statement at compile time, not per request.
 */

import { principalEntryMatches, type PrincipalMatchKind } from '../match/principal';
import type { Caller, Effect, MismatchReason, PrincipalElement } from '../types';
import { GRANT, grantOfKind, type GrantStrength } from './grant';

/** Whether a statement's principal element names the caller, and with what grant strength. */
export type PrincipalOutcome =
  | { readonly matched: true; readonly grant: GrantStrength }
  | { readonly matched: false; readonly reason: MismatchReason };

/** Identity-type statements (no Principal element) apply to the caller they are attached to. */
const IMPLICIT: PrincipalOutcome = { matched: true, grant: GRANT.none };
const NOT_LISTED: PrincipalOutcome = { matched: false, reason: { code: 'principal-not-listed' } };

/**
 * The identities AWS checks, outermost first, when deciding whether NotPrincipal excludes the
 * caller (`notprincipal`: AWS evaluates the account, then the role, then the session).
 */
function chainOf(caller: Caller): readonly PrincipalMatchKind[] {
  switch (caller.kind) {
    case 'user':
      return ['account', 'user'];
    case 'role-session':
      return ['account', 'role', 'session'];
    case 'federated-user':
      return ['account', 'federated-user'];
    case 'root':
      return ['account'];
  }
}

/**
 * Evaluates a statement's Principal or NotPrincipal for the caller.
 *
 * `denyAllWithBoundary`: docs/iam-semantics.md §3.5 — a Deny+NotPrincipal in a resource-based policy "will
 * always deny any IAM principal that has a permissions boundary policy attached, regardless
 * of the values specified in the NotPrincipal element".
 */
export function principalOutcome(
  element: PrincipalElement | null,
  caller: Caller,
  effect: Effect,
  denyAllWithBoundary: boolean,
): PrincipalOutcome {
  if (element === null) return IMPLICIT;
  if (element.kind === 'Principal') {
    let grant: GrantStrength = GRANT.none;
    let matched = false;
    for (const entry of element.entries) {
      const kind = principalEntryMatches(entry, caller);
      if (kind === null) continue;
      matched = true;
      const strength = grantOfKind(kind);
      if (strength > grant) grant = strength;
    }
    return matched ? { matched: true, grant } : NOT_LISTED;
  }
  if (effect === 'Deny' && denyAllWithBoundary) return { matched: true, grant: GRANT.none };
  const listed = new Map<PrincipalMatchKind, string>();
  for (const entry of element.entries) {
    const kind = principalEntryMatches(entry, caller);
    if (kind !== null && !listed.has(kind)) listed.set(kind, entry.value);
  }
  // Documented choice: with Deny, NotPrincipal excludes the caller only when every identity
  // of its chain is listed (account and user; account, role and session; account and
  // federated user): the NotPrincipal page says the account must be listed too or the policy
  // "might deny access to the entire account". With Allow (no longer supported by AWS) the
  // page's older wording applies — "granted to all principals except for the ones
  // specified" — so any entry naming the caller or its account excludes it, and an Allow
  // that does not exclude the caller grants like `"*"` (direct).
  const wildcard = listed.get('wildcard');
  const chain = chainOf(caller);
  const excluded =
    wildcard !== undefined ||
    (effect === 'Deny' ? chain.every((kind) => listed.has(kind)) : chain.some((kind) => listed.has(kind)));
  if (!excluded) return { matched: true, grant: GRANT.direct };
  const named = [...chain].reverse().find((kind) => listed.has(kind));
  const value = wildcard ?? (named === undefined ? '' : (listed.get(named) ?? ''));
  return { matched: false, reason: { code: 'principal-excluded', value } };
}
