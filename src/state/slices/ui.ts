import type { StateCreator } from 'zustand';

import type { PlaygroundState } from '../store';

/** The regions or decisions the table can be filtered to (besides '' for all). */
export const REGION_FILTERS = [
  'effective',
  'effectiveAllowed',
  'effectiveConditional',
  'identityOnly',
  'boundaryOnly',
  'neither',
  'explicitDeny',
  'cutElsewhere',
  'alwaysAllowed',
] as const;

/** Which region or decision the table shows. */
export type RegionFilter = '' | (typeof REGION_FILTERS)[number];

/** Filters of the per-action table; empty strings mean "any". */
export interface TableFilters {
  /** A glob such as `s3:Get*`, or plain text matched anywhere. */
  readonly search: string;
  readonly service: string;
  readonly accessLevel: string;
  readonly region: RegionFilter;
}

/** Sortable columns of the table. */
export type SortColumn = 'action' | 'accessLevel' | 'effective' | 'reason' | `layer:${string}`;

/** Layout and navigation state. */
export interface UiSlice {
  /**
   * Id of the identity policy whose tab is open in the left pane.
   * @default 'identity-1'
   */
  activeTab: string;
  /**
   * Id of the document open in the right pane (boundary, session, resource policy, SCPs, RCPs).
   * @default 'boundary'
   */
  activeOtherTab: string;
  /**
   * Which view the results area shows.
   * @default 'table'
   */
  resultsView: 'table' | 'simulator' | 'effective' | 'guardrails';
  /**
   * The action whose explanation is open, e.g. `s3:ListAllMyBuckets`.
   * @default null
   */
  selectedAction: string | null;
  /** @default no filters */
  filters: TableFilters;
  /** @default by action, ascending */
  sort: { readonly column: SortColumn; readonly descending: boolean };
  /** @default false */
  helpOpen: boolean;
}

/** Actions of the UI slice. */
export interface UiActions {
  /** Opens a document's tab, in whichever pane holds it. */
  setActiveTab(id: string): void;
  setResultsView(view: UiSlice['resultsView']): void;
  selectAction(action: string | null): void;
  setFilters(change: Partial<TableFilters>): void;
  setSort(column: SortColumn): void;
  setHelpOpen(open: boolean): void;
}

/** No filter at all. */
export const NO_FILTERS: TableFilters = { search: '', service: '', accessLevel: '', region: '' };

/** Creates the UI slice. */
export function createUiSlice(
  initial: Partial<UiSlice>,
): StateCreator<PlaygroundState, [], [], UiSlice & { actions: UiActions }> {
  return (set) => ({
    activeTab: 'identity-1',
    activeOtherTab: 'boundary',
    resultsView: 'table',
    selectedAction: null,
    filters: NO_FILTERS,
    sort: { column: 'action', descending: false },
    helpOpen: false,
    ...initial,
    actions: {
      setActiveTab: (id) =>
        set((s) =>
          s.identityPolicies.some((p) => p.id === id) ? { activeTab: id } : { activeOtherTab: id },
        ),
      setResultsView: (resultsView) => set({ resultsView }),
      selectAction: (selectedAction) => set({ selectedAction }),
      setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
      setSort: (column) =>
        set((s) => ({
          sort: { column, descending: s.sort.column === column ? !s.sort.descending : false },
        })),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
    },
  });
}
