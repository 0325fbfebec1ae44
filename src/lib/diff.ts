/** `diff`: the effective-set difference of two scenarios over the shipped AWS action catalog. */

import { compileScenario, diffScenarios, type Diagnostic, type EffectiveDiff } from '../engine';
import type { CatalogInfo } from './analyze';
import { shippedCatalog } from './catalog';
import { parseScenario, type ScenarioInput } from './parseScenario';

/** Options of {@link diff}. */
export interface DiffScenariosOptions {
  /** Compare only this service's actions (its prefix, e.g. `s3`); every service by default. */
  readonly service?: string;
}

/** The result of {@link diff}. */
export interface ScenarioDiff {
  /** Each scenario's diagnostics, then its policies'. */
  readonly diagnostics: { readonly old: readonly Diagnostic[]; readonly new: readonly Diagnostic[] };
  readonly catalog: CatalogInfo;
  /** Actions gained, lost and changed, with counts; null when either scenario is invalid. */
  readonly diff: EffectiveDiff | null;
}

/**
 * Compares the effective permission sets of two scenarios action by action, as
 * `iam-playground diff` does: what `newInput` gains, loses and changes against `oldInput`.
 *
 * @throws RangeError (as a rejection) when `options.service` names no service of the catalog.
 */
export async function diff(
  oldInput: ScenarioInput,
  newInput: ScenarioInput,
  options: DiffScenariosOptions = {},
): Promise<ScenarioDiff> {
  const catalog = shippedCatalog();
  const catalogInfo: CatalogInfo = { source: catalog.source, version: catalog.version, date: catalog.date };
  const service = options.service === undefined ? undefined : catalog.findService(options.service);
  if (options.service !== undefined && service === undefined) {
    throw new RangeError(`unknown service ${JSON.stringify(options.service)}`);
  }
  const [before, after] = [parseScenario(oldInput), parseScenario(newInput)];
  if (before.scenario === null || after.scenario === null) {
    return {
      diagnostics: { old: before.diagnostics, new: after.diagnostics },
      catalog: catalogInfo,
      diff: null,
    };
  }
  const [oldCompiled, newCompiled] = [compileScenario(before.scenario), compileScenario(after.scenario)];
  return {
    diagnostics: {
      old: [...before.diagnostics, ...oldCompiled.diagnostics],
      new: [...after.diagnostics, ...newCompiled.diagnostics],
    },
    catalog: catalogInfo,
    diff: diffScenarios(oldCompiled, newCompiled, service?.actions ?? catalog.actions, {
      wholeCatalog: service === undefined,
    }),
  };
}
