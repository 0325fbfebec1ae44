/**
 * A small typed API on `window.playground` so end-to-end tests and the browser benchmark drive
 * state directly instead of typing into Monaco. It exposes only what the UI itself can do, plus
 * read-only views of the results.
 */
import { selectDocumentText } from '../state/selectors';
import type { SharedState } from '../permalink';
import { toSharedState } from '../sharing';
import type { SlotField } from '../engine';
import type { DocumentsSlice } from '../state/slices/documents';
import { selectedRequestOf, type RequestFields } from '../state/slices/request';
import { resultsPhase, type ResultsPhase } from '../state/slices/results';
import type { TableFilters } from '../state/slices/ui';
import type { PlaygroundStore } from '../state/store';
import { breakPanel, isPanelName, PANEL_NAMES, type PanelName } from '../ui/common/panelFaults';

/** What the e2e tests can call. */
export interface PlaygroundTestApi {
  /** Replaces a document's text, as a paste would. */
  setPolicyText(documentId: string, text: string): void;
  /** Reads a document's text. */
  getPolicyText(documentId: string): string | undefined;
  /** Replaces the documents (fields left out take their defaults), as opening a scenario does. */
  replaceDocuments(documents: Partial<DocumentsSlice>): void;
  /** Changes the selected request of the suite. */
  setRequest(request: Partial<RequestFields>): void;
  /** Whether Monaco has loaded. */
  editorStatus(): string;
  /** A summary of the latest results, or null before the first. */
  results(): {
    readonly counts: Readonly<Record<string, number>> | null;
    readonly stale: boolean;
    /** Whether the results belong to the documents on screen (see `resultsPhase`). */
    readonly phase: ResultsPhase;
    readonly decision: string | null;
    readonly message: string | null;
    readonly effectivePolicy: string | null;
  } | null;
  /** Diagnostic codes per document id. */
  diagnosticCodes(): Record<string, string[]>;
  /** Replaces the simulated request's context rows, as typing them in the simulator would. */
  setContext(rows: readonly { key: string; values: readonly string[]; multivalued?: boolean }[]): void;
  /** Changes the actions table's filters. */
  setFilters(change: Partial<TableFilters>): void;
  /** Opens a document's tab. */
  setActiveTab(id: string): void;
  /** Changes the caller (and optionally the session issuer). */
  setPrincipal(principal: string, sessionIssuer?: string): void;
  /**
   * Adds a policy to a slot (`sessionPolicy`, `serviceControlPolicies`…) and returns its id;
   * throws when the store refused it (past what a link can hold).
   */
  addPolicy(field: SlotField): string;
  /** Changes the kind of the resource-based policy. */
  setResourcePolicyKind(kind: 'resource' | 'kms-key' | 'role-trust'): void;
  /** Selects an action of the table (or none). */
  selectAction(action: string | null): void;
  /** Everything a link carries, every document as text (for comparing two pages' states). */
  sharedState(): SharedState;
  /** Each simulated request's result, in order. */
  simulations(): { decision: string; deniedBy: string | null; message: string | null }[];
  /** Hooks that exist only for tests. */
  readonly testing: {
    /**
     * Makes a panel or dialog throw while rendering, until its "Try again"; throws for a name
     * that is not one of `panels()`.
     */
    breakPanel(name: PanelName): void;
    /** The names `breakPanel` accepts. */
    panels(): readonly PanelName[];
  };
}

declare global {
  interface Window {
    playground?: PlaygroundTestApi;
  }
}

/** Installs `window.playground` for the given store. */
export function installTestApi(store: PlaygroundStore): void {
  window.playground = {
    setPolicyText: (id, text) => store.getState().actions.setPolicyText(id, text),
    getPolicyText: (id) => selectDocumentText(store.getState(), id),
    replaceDocuments: (documents) => store.getState().actions.replaceDocuments(documents),
    setRequest: (request) => store.getState().actions.updateRequest(request),
    editorStatus: () => store.getState().editorStatus,
    results: () => {
      const { snapshot, stale } = store.getState();
      if (!snapshot) return null;
      const state = store.getState();
      const selected = Math.max(0, state.requests.indexOf(selectedRequestOf(state)));
      const simulation = snapshot.simulations[selected] ?? null;
      return {
        counts: snapshot.analysis?.counts ?? null,
        stale,
        phase: resultsPhase(state),
        decision: simulation?.decision ?? null,
        message: simulation?.message ?? null,
        effectivePolicy: snapshot.analysis?.effectivePolicy.text ?? null,
      };
    },
    setContext: (rows) => {
      store.getState().actions.updateRequest({
        context: rows.map((row, i) => ({
          id: `ctx-test-${i + 1}`,
          key: row.key,
          values: [...row.values],
          multivalued: row.multivalued ?? row.values.length > 1,
        })),
      });
    },
    setFilters: (change) => store.getState().actions.setFilters(change),
    setActiveTab: (id) => store.getState().actions.setActiveTab(id),
    setPrincipal: (principal, issuer) => store.getState().actions.setPrincipal(principal, issuer),
    addPolicy: (field) => {
      const id = store.getState().actions.addPolicy(field);
      if (id === null) throw new Error(`Adding to ${field} was refused.`);
      return id;
    },
    setResourcePolicyKind: (kind) => store.getState().actions.setResourcePolicyKind(kind),
    selectAction: (action) => store.getState().actions.selectAction(action),
    sharedState: () => toSharedState(store.getState(), () => undefined),
    simulations: () =>
      (store.getState().snapshot?.simulations ?? []).map((r) => ({
        decision: r.decision,
        deniedBy: r.deniedBy,
        message: r.message,
      })),
    testing: {
      breakPanel: (name) => {
        if (!isPanelName(name))
          throw new Error(`Unknown panel "${String(name)}"; one of: ${PANEL_NAMES.join(', ')}`);
        breakPanel(name);
      },
      panels: () => PANEL_NAMES,
    },
    diagnosticCodes: () =>
      Object.fromEntries(
        Object.entries(store.getState().diagnostics).map(([id, list]) => [id, list.map((d) => d.code)]),
      ),
  };
}
