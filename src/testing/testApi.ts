/**
 * A small typed API on `window.playground` so end-to-end tests and the browser benchmark drive
 * state directly instead of typing into Monaco. It exposes only what the UI itself can do, plus
 * read-only views of the results.
 */
import { selectDocumentText } from '../state/selectors';
import type { DocumentsSlice } from '../state/slices/documents';
import type { SimulatedRequest } from '../state/slices/request';
import type { PlaygroundStore } from '../state/store';

/** What the e2e tests can call. */
export interface PlaygroundTestApi {
  /** Replaces a document's text, as a paste would. */
  setPolicyText(documentId: string, text: string): void;
  /** Reads a document's text. */
  getPolicyText(documentId: string): string | undefined;
  /** Replaces the documents (fields left out take their defaults), as opening a scenario does. */
  replaceDocuments(documents: Partial<DocumentsSlice>): void;
  /** Changes the simulated request. */
  setRequest(request: Partial<SimulatedRequest>): void;
  /** Whether Monaco has loaded. */
  editorStatus(): string;
  /** A summary of the latest results, or null before the first. */
  results(): {
    readonly counts: Readonly<Record<string, number>> | null;
    readonly stale: boolean;
    readonly decision: string | null;
    readonly message: string | null;
    readonly effectivePolicy: string | null;
  } | null;
  /** Diagnostic codes per document id. */
  diagnosticCodes(): Record<string, string[]>;
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
      const simulation = snapshot.simulations[0] ?? null;
      return {
        counts: snapshot.analysis?.counts ?? null,
        stale,
        decision: simulation?.decision ?? null,
        message: simulation?.message ?? null,
        effectivePolicy: snapshot.analysis?.effectivePolicy.text ?? null,
      };
    },
    diagnosticCodes: () =>
      Object.fromEntries(
        Object.entries(store.getState().diagnostics).map(([id, list]) => [id, list.map((d) => d.code)]),
      ),
  };
}
