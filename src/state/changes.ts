/**
 * What changed between two analyses of the same catalog, action by action: gained (denied
 * before, allowed or conditional after), lost (the reverse) or changed (allowed or conditional on
 * both sides, with a different class or scope). The same classification as the engine's
 * effective-set diff (`diffAnalyses`), read from the columns the worker sends, so the table can
 * mark and filter 22,000 rows without another run.
 */
import { EFFECTIVE_CLASSES, REGIONS, type AnalysisSnapshot } from '../worker/protocol';
import { sameData } from './keepSame';

/** Change codes of {@link ChangeSet.column}, by code: 0 is "unchanged". */
export const CHANGE_KINDS = [null, 'gained', 'lost', 'changed'] as const;

/** How an action's effective result changed. */
export type ChangeKind = Exclude<(typeof CHANGE_KINDS)[number], null>;

/** Per-action changes and their totals. */
export interface ChangeSet {
  /** `column[i]` is an index into {@link CHANGE_KINDS} for catalog action `i`. */
  readonly column: Uint8Array;
  readonly counts: Readonly<Record<ChangeKind, number>>;
}

const CODE: Readonly<Record<ChangeKind, number>> = { gained: 1, lost: 2, changed: 3 };

/** The change of one action between two snapshots, or null when it did not change. */
function changeOf(before: AnalysisSnapshot, after: AnalysisSnapshot, i: number): ChangeKind | null {
  const old = EFFECTIVE_CLASSES[before.effective[i] ?? 0];
  const now = EFFECTIVE_CLASSES[after.effective[i] ?? 0];
  if (old === 'denied') return now === 'denied' ? null : 'gained';
  if (now === 'denied') return 'lost';
  if (old !== now) return 'changed';
  return before.scopeHash[i] === after.scopeHash[i] ? null : 'changed';
}

/**
 * Comparisons already made, by the two snapshots' identity (snapshots are never changed in place):
 * a run whose results equal the last keeps its snapshot (`keepSameAnalysis`), so the next
 * keystroke's comparison is the same object, not another pass over 22,000 actions.
 */
const compared = new WeakMap<AnalysisSnapshot, WeakMap<AnalysisSnapshot, ChangeSet | null>>();

/**
 * The changes from `before` to `after`, or null when they cover different catalogs (their
 * columns do not line up).
 */
export function compareSnapshots(before: AnalysisSnapshot, after: AnalysisSnapshot): ChangeSet | null {
  let fromBefore = compared.get(before);
  if (fromBefore === undefined) compared.set(before, (fromBefore = new WeakMap()));
  const known = fromBefore.get(after);
  if (known !== undefined) return known;
  const changes = computeChanges(before, after);
  fromBefore.set(after, changes);
  return changes;
}

function computeChanges(before: AnalysisSnapshot, after: AnalysisSnapshot): ChangeSet | null {
  if (before.catalogKey !== after.catalogKey || before.effective.length !== after.effective.length)
    return null;
  const column = new Uint8Array(after.effective.length);
  const counts = { gained: 0, lost: 0, changed: 0 };
  for (let i = 0; i < column.length; i++) {
    const kind = changeOf(before, after, i);
    if (kind === null) continue;
    column[i] = CODE[kind];
    counts[kind]++;
  }
  return { column, counts };
}

/**
 * `next`, or `previous` when both hold the same results (timings aside): most keystrokes (a Sid,
 * a space, half a word) change nothing, and keeping the object keeps every view computed from it.
 */
export function keepSameAnalysis(
  previous: AnalysisSnapshot | null | undefined,
  next: AnalysisSnapshot,
): AnalysisSnapshot {
  if (!previous) return next;
  const { timings: _before, ...before } = previous;
  const { timings: _after, ...after } = next;
  return sameData(before, after) ? previous : next;
}

/** How many of the actions `indexes` (into the catalog) changed, per kind. */
export function countChanges(changes: ChangeSet, indexes: Iterable<number>): Record<ChangeKind, number> {
  const counts = { gained: 0, lost: 0, changed: 0 };
  for (const i of indexes) {
    const kind = changeAt(changes, i);
    if (kind !== null) counts[kind]++;
  }
  return counts;
}

/** The change of catalog action `i` in a change set. */
export function changeAt(changes: ChangeSet, i: number): ChangeKind | null {
  return CHANGE_KINDS[changes.column[i] ?? 0] ?? null;
}

/**
 * The Venn's counts (per region, the effective set split into allowed and conditional) over the
 * changed actions only: what the picture shows while the table is filtered to a change set.
 */
export function changedRegionCounts(
  snapshot: AnalysisSnapshot,
  changes: ChangeSet,
): AnalysisSnapshot['counts'] {
  const counts: Record<keyof AnalysisSnapshot['counts'], number> = {
    alwaysAllowed: 0,
    explicitDeny: 0,
    effective: 0,
    cutElsewhere: 0,
    identityOnly: 0,
    boundaryOnly: 0,
    neither: 0,
    effectiveAllowed: 0,
    effectiveConditional: 0,
  };
  for (let i = 0; i < changes.column.length; i++) {
    if (!changes.column[i]) continue;
    const region = REGIONS[snapshot.region[i] ?? 0];
    if (region === undefined) continue;
    counts[region]++;
    if (region === 'effective') {
      const cls = EFFECTIVE_CLASSES[snapshot.effective[i] ?? 0];
      counts[cls === 'conditional' ? 'effectiveConditional' : 'effectiveAllowed']++;
    }
  }
  return counts;
}
