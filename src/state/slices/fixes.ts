import type { StateCreator } from 'zustand';

import type { FixPlan } from '../../engine';
import type { PlaygroundState } from '../store';

/**
 * The verified fixes of the selected request, written only by `state/effects.ts`. Each run is
 * tagged with the input revision and the request it was computed for, so fixes of older
 * documents, or of another request, are never shown as current.
 */
export interface FixesSlice {
  /**
   * The latest plan.
   * @default null
   */
  fixPlan: FixPlan | null;
  /**
   * The input revision `fixPlan` was computed for (see `ResultsSlice.inputRevision`).
   * @default -1
   */
  fixPlanRevision: number;
  /**
   * The id of the request `fixPlan` is for.
   * @default ''
   */
  fixPlanRequestId: string;
  /**
   * Why the run for `fixPlanErrorRevision` failed, or null.
   * @default null
   */
  fixPlanError: string | null;
  /** @default -1 */
  fixPlanErrorRevision: number;
}

/** Actions of the fixes slice (for the effects layer). */
export interface FixesActions {
  /** Takes the plan of a request at an input revision. */
  receiveFixPlan(plan: FixPlan, revision: number, requestId: string): void;
  setFixPlanFailed(message: string, revision: number, requestId: string): void;
}

/** Where the selected request's fixes stand. */
export type FixesPhase =
  /** The plan on screen is for this request and these documents. */
  | 'current'
  /** A run is due or in flight. */
  | 'busy'
  /** The run for this request and these documents failed. */
  | 'failed';

/** Whether `fixPlan` (or `fixPlanError`) is about the selected request and the documents on screen. */
export function fixesPhase(state: PlaygroundState): FixesPhase {
  const forSelected = state.fixPlanRequestId === state.selectedRequestId;
  if (forSelected && state.fixPlanError !== null && state.fixPlanErrorRevision === state.inputRevision)
    return 'failed';
  const current = forSelected && state.fixPlan !== null && state.fixPlanRevision === state.inputRevision;
  return current ? 'current' : 'busy';
}

/** Creates the fixes slice. */
export function createFixesSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  FixesSlice & { actions: FixesActions }
> {
  return (set) => ({
    fixPlan: null,
    fixPlanRevision: -1,
    fixPlanRequestId: '',
    fixPlanError: null,
    fixPlanErrorRevision: -1,
    actions: {
      receiveFixPlan: (fixPlan, fixPlanRevision, fixPlanRequestId) =>
        set({ fixPlan, fixPlanRevision, fixPlanRequestId, fixPlanError: null }),
      setFixPlanFailed: (fixPlanError, fixPlanErrorRevision, fixPlanRequestId) =>
        set({ fixPlanError, fixPlanErrorRevision, fixPlanRequestId, fixPlan: null }),
    },
  });
}
