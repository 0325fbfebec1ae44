/**
 * The package's library entry (`import … from 'iam-policy-playground'`), built into
 * `build/index.js` with its types in `build/index.d.ts` (see `scripts/build-package.ts`).
 * One line per export: adding an export to the package is adding a line here.
 */

export { parseScenario, type ScenarioInput } from './parseScenario';
export { evaluate } from './evaluate';
export { analyze, type AnalyzeOptions, type CatalogInfo, type ScenarioAnalysis } from './analyze';
export { diff, type DiffScenariosOptions, type ScenarioDiff } from './diff';
export * from './guardrails';
export { loadManagedPoliciesFromDisk as loadManagedPolicies } from '../managed-policies/node';

// The types the answers are made of.
export type {
  ActionAnalysis,
  Analysis,
  AnalysisLayer,
  CatalogAction,
  DeniedBy,
  Diagnostic,
  DiffCounts,
  DiffEntry,
  DiffSummary,
  EffectiveDiff,
  Decision,
  EffectiveClass,
  EffectivePolicy,
  EvaluationResult,
  Layer,
  LayerClass,
  PolicyTrace,
  Region,
  RegionCounts,
  Scenario,
  ScenarioEvaluation,
  ScenarioParseResult,
  Scope,
  ScopeJson,
  StatementTrace,
} from '../engine';
export type { ManagedPolicyDocument, ManagedPolicyLibrary, ManagedPolicySummary } from '../managed-policies';
