import type { StateCreator } from 'zustand';

import type { Scenario } from '../../engine';
import type { SharedState } from '../../permalink';
import type { AnalysisSnapshot } from '../../worker/protocol';
import type { PlaygroundState } from '../store';

/** A scenario the results are compared with. */
export interface Baseline {
  /** How the results name it, e.g. "the example “Delegated administration”". */
  readonly label: string;
  /** The scenario in the engine's format, every document as text. */
  readonly scenario: Scenario;
  /** The same scenario as a link carries it (the baseline travels in links). */
  readonly state: SharedState;
}

/** The baseline being compared with, and its analysis (written only by `state/effects.ts`). */
export interface ComparisonSlice {
  /** @default null */
  baseline: Baseline | null;
  /**
   * The analysis of `baseline` (null while it runs, or when it failed).
   * @default null
   */
  baselineAnalysis: AnalysisSnapshot | null;
  /**
   * Why the baseline could not be evaluated, or null.
   * @default null
   */
  baselineError: string | null;
}

/** Actions of the comparison slice. */
export interface ComparisonActions {
  /** Compares with `baseline` from now on, or stops comparing with null. */
  setBaseline(baseline: Baseline | null): void;
  /** The analysis of a baseline; ignored unless it is still the one compared with. */
  receiveBaselineAnalysis(baseline: Baseline, analysis: AnalysisSnapshot | null, error: string | null): void;
}

/** Creates the comparison slice. */
export function createComparisonSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  ComparisonSlice & { actions: ComparisonActions }
> {
  return (set) => ({
    baseline: null,
    baselineAnalysis: null,
    baselineError: null,
    actions: {
      setBaseline: (baseline) =>
        set((s) => ({
          baseline,
          baselineAnalysis: null,
          baselineError: null,
          // A filter on a comparison that no longer exists would hide every row.
          filters:
            baseline === null && s.filters.change === 'baseline' ? { ...s.filters, change: '' } : s.filters,
        })),
      receiveBaselineAnalysis: (baseline, baselineAnalysis, baselineError) =>
        set((s) => (s.baseline === baseline ? { baselineAnalysis, baselineError } : {})),
    },
  });
}
