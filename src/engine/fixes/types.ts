/**
 * Verified fixes for a denied request: the smallest changes, one per blocking layer, that make
 * the scenario allow it, each checked by evaluating the scenario with the change applied.
 */

import type { CatalogAction } from '../analysis/types';
import type { PathSegment } from '../scenario/path';
import type { SlotField } from '../scenario/slots';
import type { ContextValue, Layer, ResourcePolicyKind } from '../types';

/** What a fix changes. */
export type FixKind =
  /** Adds an Allow statement (to an existing policy, or in a new one). */
  | 'add-statement'
  /** Supplies context values that make a failed Allow condition hold. */
  | 'set-context'
  /** Supplies context values that make a matching Deny's condition false. */
  | 'exempt-from-deny'
  /** Changes a matching Deny statement so that it no longer matches the request. */
  | 'narrow-deny';

/**
 * Where a policy sits in the scenario: the field for a slot holding one policy
 * (`'permissionsBoundary'`), else its path (`['identityPolicies', 0]`,
 * `['serviceControlPolicies', 1, 'policies', 0]`).
 */
export type PolicyPath = SlotField | readonly PathSegment[];

/** A policy statement as JSON. */
export type FixStatement = Readonly<Record<string, unknown>>;

/** The Deny statement a deny fix is about, as it was. */
export interface MatchedDeny {
  /** Position in the policy's Statement array. */
  readonly index: number;
  readonly sid: string | null;
  readonly statement: FixStatement;
}

/** Who can make the change: the person, or the organization's administrators (SCPs, RCPs). */
export type FixOwner = 'you' | 'organization';

/** One verified change. */
export interface Fix {
  /** The layer the change lifts a denial in. */
  readonly layer: Layer;
  /** The policy changed (for context fixes: the policy whose statement the context is for). */
  readonly policyName: string;
  readonly policyPath: PolicyPath;
  /** The organization level's label, for SCPs and RCPs. */
  readonly level?: string;
  readonly kind: FixKind;
  /**
   * `add-statement`: the statement added. `narrow-deny`: the Deny statement as changed, or null
   * when it is removed.
   */
  readonly statement?: FixStatement | null;
  /** `exempt-from-deny`, `narrow-deny`: the Deny statement that matched. */
  readonly deny?: MatchedDeny;
  /** `set-context`, `exempt-from-deny`: the request context values to supply. */
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** `add-statement`, `narrow-deny`: the whole policy text after the change. */
  readonly document?: string;
  /** True when the fix adds the policy to its slot (the slot had none that could take it). */
  readonly newPolicy: boolean;
  /** For a new resource-based policy: its kind. */
  readonly resourcePolicyKind?: ResourcePolicyKind;
  readonly owner: FixOwner;
  /**
   * The other actions the change makes allowed or conditional in the effective permission set
   * (whole-catalog analysis before and after it), in catalog order; the request's own action is
   * left out. Empty for context fixes, which change no policy.
   */
  readonly alsoAllows: readonly string[];
  /** Always true: a fix is offered only after evaluating the scenario with it applied. */
  readonly verified: true;
  /** One sentence for people. */
  readonly summary: string;
}

/**
 * The fixes of one denied request, in order: applied together they allow it. When one layer
 * alone blocks the request there is one fix, which alone allows it; when several do (identity
 * and boundary, or a Deny hiding a missing Allow), each fix lifts its layer's denial and the
 * last one leaves the request allowed.
 */
export interface FixPlan {
  readonly fixes: readonly Fix[];
  /** Why there is no fix for a denied request; null otherwise. */
  readonly problem: string | null;
}

/** What finding fixes needs besides the scenario and the request. */
export interface FixOptions {
  /** The catalog's actions: the analysis for `alsoAllows` runs over them, and names are canonical. */
  readonly actions: readonly CatalogAction[];
  /** False when `actions` is only some services of the catalog. @default true */
  readonly wholeCatalog?: boolean;
}
