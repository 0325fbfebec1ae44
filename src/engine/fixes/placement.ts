/**
 * Where fixes go in a scenario: a policy's path, setting a policy at a path (walking the slot
 * table by shape, never by slot name), and applying a fix to a copy of the scenario and request.
 */

import { slotOf, type PolicyPlace, type PolicySlot, type SlotField } from '../scenario/slots';
import type { PathSegment } from '../scenario/path';
import { isAwsManagedPolicyArn } from '../scenario/validatePolicies';
import type { ContextValue, NamedPolicy, PolicyLevel, Request, ResourcePolicyKind, Scenario } from '../types';
import type { Fix, FixOwner, PolicyPath } from './types';

/** What applying a fix reads of it. */
export type FixChange = Pick<
  Fix,
  'policyName' | 'policyPath' | 'newPolicy' | 'document' | 'context' | 'resourcePolicyKind'
>;

/** The path of a place: the field for a single-policy slot, else its segments. */
export function pathOf(place: Pick<PolicyPlace, 'slot' | 'path'>): PolicyPath {
  return place.slot.shape === 'single' ? place.slot.field : place.path;
}

/** The path of a new policy in `slot`: at `index` of the list, or of level `level`. */
export function newPath(slot: PolicySlot, index: number, level: number): PolicyPath {
  if (slot.shape === 'single') return slot.field;
  return slot.shape === 'list' ? [slot.field, index] : [slot.field, level, 'policies', index];
}

function segments(path: PolicyPath): readonly PathSegment[] {
  return typeof path === 'string' ? [path] : path;
}

/** The slot a path is in. */
export function slotAt(path: PolicyPath): PolicySlot {
  return slotOf(segments(path)[0] as SlotField);
}

/** Organization policies belong to the organization's administrators. */
export function ownerOf(slot: PolicySlot): FixOwner {
  return slot.shape === 'levels' ? 'organization' : 'you';
}

/** A policy to put at a path; `kind` for a resource policy. */
export interface PlacedDocument {
  readonly name: string;
  readonly document: string;
  /** Kept for a customer managed policy; left out for an AWS managed one that was edited. */
  readonly arn?: string;
  readonly kind?: ResourcePolicyKind;
}

function withPolicy<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy[index] = item;
  return copy;
}

/** The scenario with `policy` at `path` (replacing the one there, or added after the last). */
export function setPolicyAt(scenario: Scenario, path: PolicyPath, policy: PlacedDocument): Scenario {
  const [field, first, , second] = segments(path);
  const slot = slotOf(field as SlotField);
  const { kind, ...named } = policy;
  const value = (scenario as unknown as Record<string, unknown>)[slot.field];
  let next: unknown;
  if (slot.shape === 'single') {
    const existingKind = (value as { kind?: ResourcePolicyKind } | null)?.kind;
    next = slot.hasKind ? { ...named, kind: kind ?? existingKind ?? 'resource' } : named;
  } else if (slot.shape === 'list') {
    next = withPolicy((value ?? []) as readonly NamedPolicy[], first as number, named);
  } else {
    const levels = (value ?? []) as readonly PolicyLevel<NamedPolicy>[];
    const level = levels[first as number] as PolicyLevel<NamedPolicy>;
    next = withPolicy(levels, first as number, {
      ...level,
      policies: withPolicy(level.policies, second as number, named),
    });
  }
  return { ...scenario, [slot.field]: next };
}

/** The request with `context` added to its own. */
export function withContext(request: Request, context: Readonly<Record<string, ContextValue>>): Request {
  return { ...request, context: { ...request.context, ...context } };
}

/**
 * The scenario and request with a fix applied: its `document` put at `policyPath` (a new policy
 * named `policyName`), its `context` added to the request's. What a script or the UI does with
 * a fix; the fixes are verified by exactly this.
 */
export function applyFix(
  scenario: Scenario,
  request: Request,
  fix: FixChange,
): { scenario: Scenario; request: Request } {
  let next = scenario;
  if (fix.document !== undefined) {
    const existing = fix.newPolicy ? undefined : policyAt(scenario, fix.policyPath);
    const arn = existing?.arn;
    next = setPolicyAt(next, fix.policyPath, {
      name: fix.policyName,
      document: fix.document,
      ...(arn === undefined || isAwsManagedPolicyArn(arn) ? {} : { arn }),
      ...(fix.resourcePolicyKind === undefined ? {} : { kind: fix.resourcePolicyKind }),
    });
  }
  return { scenario: next, request: fix.context === undefined ? request : withContext(request, fix.context) };
}

/** The policy at a path, if there is one. */
export function policyAt(scenario: Scenario, path: PolicyPath): NamedPolicy | undefined {
  const [field, first, , second] = segments(path);
  const slot = slotOf(field as SlotField);
  const value = (scenario as unknown as Record<string, unknown>)[slot.field];
  if (slot.shape === 'single') return (value ?? undefined) as NamedPolicy | undefined;
  if (slot.shape === 'list') return ((value ?? []) as readonly NamedPolicy[])[first as number];
  return ((value ?? []) as readonly PolicyLevel<NamedPolicy>[])[first as number]?.policies[second as number];
}
