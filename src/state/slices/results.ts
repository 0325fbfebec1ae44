import type { StateCreator } from 'zustand';

import type { Diagnostic } from '../../engine';
import type { ActionExplanation, AnalysisSnapshot, EvaluationSnapshot } from '../../worker/protocol';
import { compareSnapshots, keepSameAnalysis, type ChangeSet } from '../changes';
import { keepSame, keepSameEntries } from '../keepSame';
import type { PlaygroundState } from '../store';

/** Why the results on screen are not final; see {@link resultsPhase}. */
export type ResultsPhase =
  /** The results belong to the documents on screen. */
  | 'current'
  /** Start-up, a link being applied, or a run in flight after an edit. */
  | 'busy'
  /** A document is not valid JSON: the results are those of the last valid text. */
  | 'stale'
  /** The run for these documents failed or ran past its deadline. */
  | 'failed'
  /** Evaluation is paused: the previous session did not finish evaluating this scenario. */
  | 'paused';

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
   * The revision of the evaluation inputs on screen; bumped by the effects on every change.
   * @default 0
   */
  inputRevision: number;
  /**
   * The input revision `snapshot` was computed for.
   * @default -1
   */
  snapshotRevision: number;
  /**
   * True until the start-up state (a link, saved work or the example) is in the store.
   * @default true
   */
  starting: boolean;
  /**
   * Why automatic evaluation is paused, or null while it runs.
   * @default null
   */
  paused: string | null;
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
   * The explanation of the selected action, for the inputs of `explanationRevision`.
   * @default null
   */
  explanation: ActionExplanation | null;
  /** @default -1 */
  explanationRevision: number;
  /**
   * Why the run for `errorRevision` failed (too heavy, or a bug), or null.
   * @default null
   */
  error: string | null;
  /** @default -1 */
  errorRevision: number;
  /**
   * The analysis on screen when the current burst of edits began: what "changed by your last
   * edit" compares with.
   * @default null
   */
  editBase: AnalysisSnapshot | null;
  /**
   * What the last edit changed: the current analysis against `editBase`; null before any edit.
   * @default null
   */
  lastEdit: ChangeSet | null;
}

/** Actions of the results slice (for the effects layer). */
export interface ResultsActions {
  /**
   * Records that the evaluation inputs changed: results on screen are out of date until the next
   * snapshot. `beginsEdit` says the change starts a new edit (not the next keystroke of one), so
   * the results on screen become what the edit is compared with.
   */
  setInputRevision(revision: number, beginsEdit?: boolean): void;
  /** The start-up state is in the store. */
  setStarted(): void;
  /** Pauses automatic evaluation with a reason, or resumes it with null. */
  setPaused(reason: string | null): void;
  /** Takes a new snapshot; an unparsable one updates diagnostics and keeps the last analysis. */
  receiveSnapshot(snapshot: EvaluationSnapshot, revision: number): void;
  /** Takes the full (catalog-checked) diagnostics of an input revision. */
  receiveDiagnostics(diagnostics: Readonly<Record<string, readonly Diagnostic[]>>, revision: number): void;
  setFailed(message: string, revision: number): void;
  setExplanation(explanation: ActionExplanation | null, revision: number): void;
}

/** Whether the results on screen belong to the documents on screen, and if not, why. */
export function resultsPhase(state: ResultsSlice): ResultsPhase {
  if (state.paused !== null) return 'paused';
  if (state.error !== null && state.errorRevision === state.inputRevision) return 'failed';
  if (state.starting || state.snapshot === null || state.snapshotRevision !== state.inputRevision)
    return 'busy';
  return state.stale ? 'stale' : 'current';
}

/** A short word for results that are not final (shown beside them) per phase; null when they are. */
export const RESULTS_BADGE: Readonly<Record<ResultsPhase, string | null>> = {
  current: null,
  busy: 'updating…',
  stale: 'out of date',
  failed: 'not evaluated',
  paused: 'not evaluated',
};

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
    inputRevision: 0,
    snapshotRevision: -1,
    starting: true,
    paused: null,
    diagnostics: {},
    diagnosticsRevision: -1,
    scenarioDiagnostics: [],
    explanation: null,
    explanationRevision: -1,
    error: null,
    errorRevision: -1,
    editBase: null,
    lastEdit: null,
    actions: {
      setInputRevision: (inputRevision, beginsEdit = false) =>
        set((state) => {
          // Only final results are a base: never those of start-up or of a document that does not parse.
          const base = state.snapshot?.analysis ?? null;
          const final = !state.starting && !state.stale && state.snapshotRevision === state.inputRevision;
          return beginsEdit && final && base !== null ? { inputRevision, editBase: base } : { inputRevision };
        }),
      setStarted: () => set({ starting: false }),
      setPaused: (paused) => set({ paused }),
      setExplanation: (explanation, explanationRevision) => set({ explanation, explanationRevision }),
      receiveSnapshot: (received, revision) =>
        set((state) => {
          const analysis = received.analysis && keepSameAnalysis(state.snapshot?.analysis, received.analysis);
          const snapshot = analysis === received.analysis ? received : { ...received, analysis };
          return {
            lastEdit:
              state.editBase && analysis && !snapshot.unparsable
                ? keepSame(state.lastEdit, compareSnapshots(state.editBase, analysis))
                : state.lastEdit,
            snapshot: snapshot.unparsable && state.snapshot ? state.snapshot : snapshot,
            stale: snapshot.unparsable && state.snapshot !== null,
            snapshotRevision: revision,
            diagnostics:
              state.diagnosticsRevision === revision
                ? state.diagnostics
                : keepSameEntries(state.diagnostics, snapshot.diagnostics),
            scenarioDiagnostics: keepSame(state.scenarioDiagnostics, snapshot.scenarioDiagnostics),
            error: null,
          };
        }),
      receiveDiagnostics: (diagnostics, diagnosticsRevision) =>
        set((state) => ({
          diagnostics: keepSameEntries(state.diagnostics, diagnostics),
          diagnosticsRevision,
        })),
      setFailed: (error, errorRevision) => set({ error, errorRevision }),
    },
  });
}
