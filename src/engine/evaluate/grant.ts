/**
 * How strongly a matching resource-policy Allow names the caller (docs/iam-semantics.md §3.4). The strength
 * decides which implicit denies the grant overrides in the same account.
 */

import type { PrincipalMatchKind } from '../match/principal';

/** Grant strengths, weakest first, so the strongest of several statements is the maximum. */
export const GRANT = {
  /** No resource-policy Allow matched. */
  none: 0,
  /** The account (or `…:root`): delegation to the account's IAM policies, no bypass. */
  account: 1,
  /** A role ARN (role session) or the parent user (federated user): limited by boundary and session. */
  limited: 2,
  /** The caller itself (user, session, federated-user ARN) or everyone: overrides implicit denies. */
  direct: 3,
} as const;

/** One grant strength. */
export type GrantStrength = (typeof GRANT)[keyof typeof GRANT];

/** The grant strength of one principal-entry match. */
export function grantOfKind(kind: PrincipalMatchKind): GrantStrength {
  switch (kind) {
    // Documented choice: a bare `Principal: "*"` is a direct grant, exactly like `"*"` with an
    // `aws:PrincipalArn` condition (docs/iam-semantics.md §3.9 groups both with direct grants; AWS documents
    // that the latter is not limited by boundaries or session policies and is silent on the
    // former), so the evaluator does not need to tell them apart.
    case 'wildcard':
    case 'user':
    case 'session':
    case 'federated-user':
      return GRANT.direct;
    case 'role':
    case 'parent-user':
      return GRANT.limited;
    case 'account':
      return GRANT.account;
  }
}
