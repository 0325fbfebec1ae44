/** The effective-set difference of two scenarios (two analyses over the same catalog). */

export { diffAnalyses, diffScenarios } from './diff';
export { scopeContains } from './contains';
export { scopeKey } from './scopeKey';
export type { DiffCounts, DiffEntry, DiffOptions, DiffSummary, EffectiveDiff } from './types';
