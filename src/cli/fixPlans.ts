/** Fix plans for the commands that offer them (`eval --fixes`, `explain-denial --fixes`). */

import { createFixFinder, type FixPlan, type Scenario } from '../engine';
import { shippedCatalog } from '../lib/catalog';

/** The fix plan of each denied request (null for allowed ones), over the whole catalog. */
export function fixPlansOf(scenario: Scenario, denied: readonly boolean[]): (FixPlan | null)[] {
  const finder = createFixFinder(scenario, { actions: shippedCatalog().actions });
  return scenario.requests.map((request, index) => (denied[index] === true ? finder.find(request) : null));
}

/** The JSON fields a plan adds to a result: `fixes`, and `fixesProblem` when there are none. */
export function fixPlanJson(plan: FixPlan | null | undefined): Record<string, unknown> {
  if (plan === null || plan === undefined) return {};
  return plan.problem === null ? { fixes: plan.fixes } : { fixes: [], fixesProblem: plan.problem };
}
