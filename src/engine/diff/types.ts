/** Types of the effective-set difference of two analyses over the same catalog. */

import type { ScopeJson } from '../analysis/scopeJson';
import type { DeniedBy, EffectiveClass } from '../analysis/types';

/** One action whose effective result differs between the two analyses. */
export interface DiffEntry {
  /** `service:Action`. */
  readonly action: string;
  /** Access level as the Service Authorization Reference words it. */
  readonly accessLevel: string;
  readonly oldClass: EffectiveClass;
  readonly newClass: EffectiveClass;
  /** The scope before (for a `conditional` action), as `iam-playground effective` prints it. */
  readonly oldScope: ScopeJson | null;
  readonly newScope: ScopeJson | null;
  /**
   * Which layer denies the action on its denied side: before for a gained action, after for a
   * lost one; null for a changed one (allowed on both sides).
   */
  readonly deniedBy: DeniedBy | null;
  /**
   * Whether the new side may allow a request the old side denies. Always true for a gained
   * action and false for a lost one; for a changed action, false only when the new scope is
   * proven to lie inside the old one (see `scopeContains`).
   */
  readonly newAccess: boolean;
}

/** How many actions were gained, lost and changed, and how many of them may add access. */
export interface DiffCounts {
  readonly gained: number;
  readonly lost: number;
  readonly changed: number;
  /** Gained actions plus changed actions whose new scope may allow more. */
  readonly newAccess: number;
}

/** Totals, and the same counts per service prefix and per access level (only non-zero ones). */
export interface DiffSummary extends DiffCounts {
  /** Number of catalog actions compared. */
  readonly actions: number;
  readonly byService: Readonly<Record<string, DiffCounts>>;
  readonly byAccessLevel: Readonly<Record<string, DiffCounts>>;
}

/**
 * The difference of two effective permission sets:
 *
 * - `gained`: denied before, allowed or conditional after;
 * - `lost`: allowed or conditional before, denied after;
 * - `changed`: allowed or conditional on both sides, with a different class (allowed ↔
 *   conditional) or a different scope (resources, conditions or Deny statements, compared
 *   structurally: order, duplicates and which statement a part came from do not count).
 *
 * Entries are in catalog order.
 */
export interface EffectiveDiff {
  readonly gained: readonly DiffEntry[];
  readonly lost: readonly DiffEntry[];
  readonly changed: readonly DiffEntry[];
  readonly summary: DiffSummary;
}

/** Options of `diffAnalyses`. */
export interface DiffOptions {
  /**
   * The partition whose ARNs the resource patterns are compared within (the callers').
   * @default 'aws'
   */
  readonly partition?: string;
}
