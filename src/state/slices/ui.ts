import type { StateCreator } from 'zustand';

import { createLinkGate } from '../linkGate';
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

/** How the per-action table lists its rows: grouped under their services, or one flat list. */
export type TableView = 'services' | 'actions';

/** Filters and grouping of the per-action table; empty strings mean "any". */
export interface TableFilters {
  /** A glob such as `s3:Get*`, or plain text matched anywhere. */
  readonly search: string;
  readonly service: string;
  readonly accessLevel: string;
  readonly region: RegionFilter;
  /** Grouped by service (what matters first) or the flat list of every action. */
  readonly view: TableView;
  /**
   * Only the actions whose effective result changed: by the last edit, or against the baseline
   * being compared with.
   */
  readonly change: ChangeFilter;
}

/** Which change set the table is filtered to, or '' for none. */
export type ChangeFilter = '' | 'lastEdit' | 'baseline';

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
  /**
   * Services of the grouped table the person opened (true) or closed (false); untouched ones
   * follow the filters. Cleared when the filters change.
   * @default {}
   */
  serviceToggles: Readonly<Record<string, boolean>>;
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
  /** Opens or closes one service of the grouped table. */
  toggleService(prefix: string, expanded: boolean): void;
}

/** No filter at all. */
export const NO_FILTERS: TableFilters = {
  search: '',
  service: '',
  accessLevel: '',
  region: '',
  view: 'services',
  change: '',
};

/** Whether any filter narrows the rows (the grouping is not a filter). */
export function filtersNarrow(filters: TableFilters): boolean {
  return Boolean(
    filters.search.trim() || filters.service || filters.accessLevel || filters.region || filters.change,
  );
}

/** Creates the UI slice. */
export function createUiSlice(
  initial: Partial<UiSlice>,
): StateCreator<PlaygroundState, [], [], UiSlice & { actions: UiActions }> {
  return (set, get) => {
    // The selection and the filters travel in links: through the link gate, like the documents.
    const commit = createLinkGate(set, get);
    return {
      activeTab: 'identity-1',
      activeOtherTab: 'boundary',
      resultsView: 'table',
      selectedAction: null,
      filters: NO_FILTERS,
      sort: { column: 'action', descending: false },
      helpOpen: false,
      serviceToggles: {},
      ...initial,
      actions: {
        setActiveTab: (id) =>
          set((s) =>
            s.identityPolicies.some((p) => p.id === id) ? { activeTab: id } : { activeOtherTab: id },
          ),
        setResultsView: (resultsView) => set({ resultsView }),
        selectAction: (selectedAction) => {
          commit({ selectedAction });
        },
        setFilters: (change) => {
          commit((s) => ({ filters: { ...s.filters, ...change }, serviceToggles: {} }));
        },
        setSort: (column) =>
          set((s) => ({
            sort: { column, descending: s.sort.column === column ? !s.sort.descending : false },
          })),
        setHelpOpen: (helpOpen) => set({ helpOpen }),
        toggleService: (prefix, expanded) =>
          set((s) => ({ serviceToggles: { ...s.serviceToggles, [prefix]: expanded } })),
      },
    };
  };
}
