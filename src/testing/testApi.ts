/**
 * A small typed API on `window.playground` so end-to-end tests drive state directly instead of
 * typing into Monaco. It exposes only what the UI itself can do.
 */
import { selectDocumentText } from '../state/selectors';
import type { PlaygroundStore } from '../state/store';

/** What the e2e tests can call. */
export interface PlaygroundTestApi {
  /** Replaces a document's text, as a paste would. */
  setPolicyText(documentId: string, text: string): void;
  /** Reads a document's text. */
  getPolicyText(documentId: string): string | undefined;
  /** Whether Monaco has loaded. */
  editorStatus(): string;
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
    editorStatus: () => store.getState().editorStatus,
  };
}
