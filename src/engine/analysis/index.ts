/** Whole-catalog analysis: layer classes, effective results, scopes, Venn regions, effective policy. */

export { analyzeScenario } from './analyze';
export { DENIED_BY, EFFECTIVE_CLASSES, LAYER_CLASSES, REGIONS } from './codes';
export { effectivePolicy, type EffectivePolicy } from './effectivePolicy';
export { scopeSamples, type SampleCaller } from './scopeSample';
export type { JsonStatement } from './policyJson';
export { scopeJson, type ClauseJson, type ScopeJson } from './scopeJson';
export type * from './types';
export { AnalysisStopped } from './types';
