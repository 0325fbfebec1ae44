/**
 * Where a verified fix goes in the store: the editor document at the fix's `policyPath`, or,
 * for a fix that adds a policy, the slot to add it to.
 */
import { listPolicies, slotOf, type Fix, type PolicySlots, type SlotField } from '../engine';
import type { EditablePolicy } from './slices/documents';

/** The document a fix changes, or the slot a new policy goes into, or why neither. */
export type FixTarget =
  | { readonly kind: 'document'; readonly id: string }
  | { readonly kind: 'new'; readonly field: SlotField }
  | { readonly kind: 'missing'; readonly problem: string };

function segmentsOf(path: Fix['policyPath']): readonly (string | number)[] {
  return typeof path === 'string' ? [path] : path;
}

/**
 * The target of `fix` in `slots` (the store's documents, the boundary included even when it is
 * switched off). A new policy goes into a list slot or an empty single slot; a new policy in an
 * organization level is not offered by the playground's editors, so it is reported instead.
 */
export function fixTargetOf(
  slots: PolicySlots<EditablePolicy>,
  fix: Pick<Fix, 'policyPath' | 'policyName' | 'newPolicy'>,
): FixTarget {
  const path = JSON.stringify(segmentsOf(fix.policyPath));
  const found = listPolicies(slots).find(({ place }) => JSON.stringify(place.path) === path);
  if (found !== undefined && !fix.newPolicy) return { kind: 'document', id: found.policy.id };
  const field = segmentsOf(fix.policyPath)[0] as SlotField;
  if (fix.newPolicy && found === undefined && slotOf(field).shape !== 'levels') return { kind: 'new', field };
  return {
    kind: 'missing',
    problem: fix.newPolicy
      ? `Add the policy "${fix.policyName}" by hand: its place in the scenario is taken or cannot be added here.`
      : `The policy "${fix.policyName}" is no longer there.`,
  };
}
