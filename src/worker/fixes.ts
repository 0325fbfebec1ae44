/**
 * The `fixes` request: the verified fixes of one denied request. The finder analyses the
 * scenario over the whole catalog once (what every fix's "also allows" compares against), so it
 * is kept for the next request while only the requests differ: selecting another denied request
 * of the same scenario costs the fix search alone.
 */
import type { Catalog } from '../catalog';
import {
  createFixFinder,
  parseScenario,
  type FixFinder,
  type FixPlan,
  type Request,
  type Scenario,
} from '../engine';

/** Finds fixes, reusing the finder of the last scenario when only its requests changed. */
export function createFixService(loadCatalog: () => Promise<Catalog>) {
  let last: { key: string; finder: FixFinder } | null = null;
  return async (scenario: Scenario, request: Request): Promise<FixPlan | string> => {
    const parsed = parseScenario(scenario);
    if (!parsed.scenario) return 'the scenario is not valid';
    const catalog = await loadCatalog();
    // The policies, caller and organization decide the finder; the suite's requests do not.
    const key = JSON.stringify({ ...parsed.scenario, requests: [] });
    if (last?.key !== key)
      last = { key, finder: createFixFinder(parsed.scenario, { actions: catalog.actions }) };
    return last.finder.find(request);
  };
}
