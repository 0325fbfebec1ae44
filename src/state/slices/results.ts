import type { StateCreator } from 'zustand';

import type { Diagnostic } from '../../engine';
import type { ActionExplanation, EvaluationSnapshot } from '../../worker/protocol';
import type { PlaygroundState } from '../store';

/** Where evaluation is. */
export type EvaluationStatus = 'idle' | 'running' | 'done' | 'failed';

/** Results of the latest evaluation, written only by `state/effects.ts`. */
export interface ResultsSlice {
  /**
   * The latest complete results. While a document is not valid JSON the last good results stay
   * here, marked `stale`, instead of disappearing.
   * @default null
   */
  snapshot: EvaluationSnapshot | null;
  /**
   * True when `snapshot` predates the current text (some document does not parse).
   * @default false
   */
  stale: boolean;
  /**
   * Diagnostics of the current text per document id: always current, even when stale.
   * @default {}
   */
  diagnostics: Readonly<Record<string, readonly Diagnostic[]>>;
  /**
   * Which revision of the inputs the catalog-checked diagnostics in `diagnostics` belong to; a
   * snapshot of the same revision (parser diagnostics only) does not replace them.
   * @default -1
   */
  diagnosticsRevision: number;
  /**
   * Diagnostics that belong to no document (the principal, the request).
   * @default []
   */
  scenarioDiagnostics: readonly Diagnostic[];
  /**
   * The explanation of the selected action, for the current scenario.
   * @default null
   */
  explanation: ActionExplanation | null;
  /** @default 'idle' */
  status: EvaluationStatus;
  /** @default null */
  error: string | null;
}

/** Actions of the results slice (for the effects layer). */
export interface ResultsActions {
  setRunning(): void;
  /** Takes a new snapshot; an unparsable one updates diagnostics and keeps the last analysis. */
  receiveSnapshot(snapshot: EvaluationSnapshot, revision: number): void;
  /** Takes the full (catalog-checked) diagnostics of an input revision. */
  receiveDiagnostics(diagnostics: Readonly<Record<string, readonly Diagnostic[]>>, revision: number): void;
  setFailed(message: string): void;
  setExplanation(explanation: ActionExplanation | null): void;
}

/** Creates the results slice. */
export function createResultsSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  ResultsSlice & { actions: ResultsActions }
> {
  return (set) => ({
    snapshot: null,
    stale: false,
    diagnostics: {},
    diagnosticsRevision: -1,
    scenarioDiagnostics: [],
    explanation: null,
    status: 'idle',
    error: null,
    actions: {
      setExplanation: (explanation) => set({ explanation }),
      setRunning: () => set({ status: 'running' }),
      receiveSnapshot: (snapshot, revision) =>
        set((state) => ({
          snapshot: snapshot.unparsable && state.snapshot ? state.snapshot : snapshot,
          stale: snapshot.unparsable && state.snapshot !== null,
          diagnostics: state.diagnosticsRevision === revision ? state.diagnostics : snapshot.diagnostics,
          scenarioDiagnostics: snapshot.scenarioDiagnostics,
          status: 'done',
          error: null,
        })),
      receiveDiagnostics: (diagnostics, diagnosticsRevision) => set({ diagnostics, diagnosticsRevision }),
      setFailed: (error) => set({ status: 'failed', error }),
    },
  });
}
