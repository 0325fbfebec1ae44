import type { StateCreator } from 'zustand';

import type { GuardrailReport } from '../../engine';
import type { GuardrailsOutcome } from '../../worker/protocol';
import type { PlaygroundState } from '../store';
import type { ResultsPhase } from './results';

/** The guardrails report of the latest run, written only by `state/effects.ts`. */
export interface GuardrailsSlice {
  /**
   * The latest report. While a document is not valid JSON the last report of valid text stays
   * here, marked `guardrailsStale`.
   * @default null
   */
  guardrails: GuardrailReport | null;
  /** @default false */
  guardrailsStale: boolean;
  /**
   * The input revision `guardrails` was computed for (see `ResultsSlice.inputRevision`).
   * @default -1
   */
  guardrailsRevision: number;
  /**
   * Why the run for `guardrailsErrorRevision` failed, or null.
   * @default null
   */
  guardrailsError: string | null;
  /** @default -1 */
  guardrailsErrorRevision: number;
}

/** Actions of the guardrails slice (for the effects layer). */
export interface GuardrailsActions {
  /** Takes the report of an input revision; one of unparsable text keeps the previous report. */
  receiveGuardrails(outcome: GuardrailsOutcome, revision: number): void;
  setGuardrailsFailed(message: string, revision: number): void;
}

/**
 * Whether the report on screen belongs to the documents on screen, in the words of
 * `resultsPhase`: paused and start-up as for every result, then this report's own revision.
 */
export function guardrailsPhase(state: PlaygroundState): ResultsPhase {
  if (state.paused !== null) return 'paused';
  if (state.guardrailsError !== null && state.guardrailsErrorRevision === state.inputRevision)
    return 'failed';
  const behind = state.guardrails === null || state.guardrailsRevision !== state.inputRevision;
  if (state.starting || behind) return 'busy';
  return state.guardrailsStale ? 'stale' : 'current';
}

/** The ways out a report shows: failing or possible checks that are not information only. */
export function guardrailsWaysOut(report: GuardrailReport | null): number {
  return report?.findings.filter((f) => f.status !== 'pass' && f.severity !== 'info').length ?? 0;
}

/** Creates the guardrails slice. */
export function createGuardrailsSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  GuardrailsSlice & { actions: GuardrailsActions }
> {
  return (set) => ({
    guardrails: null,
    guardrailsStale: false,
    guardrailsRevision: -1,
    guardrailsError: null,
    guardrailsErrorRevision: -1,
    actions: {
      receiveGuardrails: ({ report, unparsable }, revision) =>
        set((state) => ({
          guardrails: unparsable && state.guardrails !== null ? state.guardrails : report,
          guardrailsStale: unparsable && state.guardrails !== null,
          guardrailsRevision: revision,
          guardrailsError: null,
        })),
      setGuardrailsFailed: (guardrailsError, guardrailsErrorRevision) =>
        set({ guardrailsError, guardrailsErrorRevision }),
    },
  });
}
