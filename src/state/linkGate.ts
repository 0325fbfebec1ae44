/**
 * The one rule for what the editor accepts: the work must always fit the link format, so the
 * app's own link and autosave always reopen it. Every change to what a link carries (documents,
 * caller, requests, the table's filters and selection) goes through `createLinkGate`; a change
 * after which the work would break a cap of `LIMITS` (`src/permalink/schema.ts`) or unpack past
 * the link's size limit is not made, and the `limit` banner says which field and why.
 */
import { sharedStateProblem, type PolicySource, type TableFilters as LinkFilters } from '../permalink';
import { scenarioOf } from './scenarioOf';
import type { EditablePolicy } from './slices/documents';
import type { TableFilters } from './slices/ui';
import type { PlaygroundState } from './store';

/** The table's filters as a link carries them: only the filters that are set. */
export function linkFilters(filters: TableFilters): LinkFilters {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.service ? { service: filters.service } : {}),
    ...(filters.accessLevel ? { accessLevel: filters.accessLevel } : {}),
    // Documented choice: the link's `region` filter carries the Venn region the table is
    // filtered to (the playground has no AWS-region filter).
    ...(filters.region ? { region: filters.region } : {}),
    // The grouped view is the default: only the flat list is written.
    ...(filters.view === 'actions' ? { view: 'actions' } : {}),
  };
}

/** A document as a link carries it: an AWS managed policy by ARN, anything else as its text. */
function sourceOf(policy: EditablePolicy): PolicySource {
  return policy.managedArn === undefined
    ? { name: policy.name, text: policy.text }
    : { name: policy.name, managedArn: policy.managedArn };
}

/** Why the store's work could not travel in a link (e.g. "identityPolicies has 101 entries; …"), or null. */
export function linkProblem(state: PlaygroundState): string | null {
  return sharedStateProblem({
    ...scenarioOf(state, sourceOf),
    // Tab ids are made from positions, a few characters long: they never reach a cap.
    tab: '',
    selectedAction: state.selectedAction,
    filters: linkFilters(state.filters),
  });
}

// Documented choice: the editor refuses what a link cannot hold, rather than links and the
// autosave dropping their caps: the caps protect every reader of a link from hostile payloads,
// and one set of caps means the app's own link always reopens its work.

/** A change of the store's state, as Zustand's `set` takes it. */
export type StateChange = Partial<PlaygroundState> | ((state: PlaygroundState) => Partial<PlaygroundState>);

/** Makes a change through the gate: null when it was made, else why it was not. */
export type Commit = (change: StateChange) => string | null;

/** The message of the `limit` banner for a refused change. */
export function refusalMessage(problem: string): string {
  return `That change was not made: the work would no longer fit in a link or the autosave (${problem}).`;
}

/**
 * The gate over a slice's `set`. Work already over the caps (only a store created so in a test)
 * is not frozen: a change is refused only when it takes work that fits past a cap.
 */
export function createLinkGate(
  set: (partial: Partial<PlaygroundState>) => void,
  get: () => PlaygroundState,
): Commit {
  return (change) => {
    const before = get();
    const partial = typeof change === 'function' ? change(before) : change;
    const problem = linkProblem({ ...before, ...partial });
    if (problem !== null && linkProblem(before) === null) {
      before.actions.setBanner('limit', refusalMessage(problem));
      return problem;
    }
    set(partial);
    return null;
  };
}
