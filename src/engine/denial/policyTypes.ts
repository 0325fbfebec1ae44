/**
 * AWS's names for policy types in AccessDenied messages, read back into layers. Built from the
 * slot table's wordings (the same ones `explain/message.ts` prints), plus the variants AWS's own
 * pages print (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */

import { POLICY_SLOTS } from '../scenario/slots';
import type { Layer, ResourcePolicyKind } from '../types';

/** A policy type named in a message. */
export interface NamedPolicyType {
  readonly layer: Layer;
  readonly resourcePolicyKind?: ResourcePolicyKind;
}

function build(): ReadonlyMap<string, NamedPolicyType> {
  const types = new Map<string, NamedPolicyType>();
  for (const slot of POLICY_SLOTS) {
    types.set(
      slot.denial.name.toLowerCase(),
      slot.hasKind ? { layer: slot.layer, resourcePolicyKind: 'resource' } : { layer: slot.layer },
    );
  }
  // The IAM page's explicit session-policy example prints "in a sessions policy".
  types.set('sessions policy', { layer: 'session' });
  types.set('role trust policy', { layer: 'resource', resourcePolicyKind: 'role-trust' });
  return types;
}

const TYPES = build();

/** The policy type a message's wording names (case-insensitive), or null when unknown. */
export function policyTypeNamed(words: string): NamedPolicyType | null {
  return TYPES.get(words.trim().toLowerCase()) ?? null;
}
