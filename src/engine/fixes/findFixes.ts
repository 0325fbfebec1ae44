/**
 * Planning verified fixes for a denied request: repeatedly take what blocks it first (in the
 * documented layer order), try the proposals for it in order, and keep the first that,
 * evaluated with the change applied (through {@link applyFix}, as a script or the UI would),
 * brings the request closer to allowed. The plan is offered only when the last step leaves the
 * request allowed.
 */

import { analyzeScenario } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { evaluateRequest } from '../evaluate';
import { compileScenario, type CompiledScenario } from '../scenario/compile';
import type { Request, Scenario } from '../types';
import { blockerOf, proposals, type Blocker, type CatalogView, type Change } from './candidates';
import { closer, distance, situationOf, type Situation } from './layerPolicies';
import { applyFix, ownerOf, slotAt } from './placement';
import type { Fix, FixOptions, FixPlan } from './types';

/** Most fixes in one plan: every layer, and a few policies of one layer each with a Deny. */
export const MAX_FIXES = 12;

function evaluate(scenario: Scenario, request: Request): Situation {
  const compiled = compileScenario(scenario);
  return situationOf(compiled, request, evaluateRequest(compiled, request, { trace: false }));
}

function describeBlocker(blocker: Blocker): string {
  if (blocker.kind === 'gap') return `the missing Allow in the ${blocker.slot.denial.name}`;
  const { policy, statement } = blocker.deny;
  return `the Deny statement ${statement.sid ?? statement.index} of the ${policy.placed.place.slot.denial.name} "${policy.placed.policy.name}"`;
}

/** One step: the first proposal that makes progress, applied; or why there is none. */
function step(situation: Situation, catalog: CatalogView): { change: Change; next: Situation } | string {
  const blocker = blockerOf(situation);
  if (blocker === null) return 'nothing blocks the request, yet it is denied';
  const before = distance(situation);
  let problem = `no change found that lifts ${describeBlocker(blocker)}`;
  for (const proposal of proposals(situation, catalog, blocker)) {
    if (typeof proposal === 'string') {
      problem = `${problem}: ${proposal}`;
      continue;
    }
    const applied = applyFix(situation.compiled.scenario, situation.request, proposal);
    const next = evaluate(applied.scenario, applied.request);
    if (next.result.decision === 'Allowed' || closer(before, distance(next)))
      return { change: proposal, next };
  }
  return problem;
}

/** The actions allowed or conditional in `after` that were not (or only conditionally) in `before`. */
function newlyAllowed(before: Analysis, after: Analysis, action: string): string[] {
  const lower = action.toLowerCase();
  const out: string[] = [];
  after.actions.forEach((catalogAction, index) => {
    const was = before.effective(index);
    const now = after.effective(index);
    const gained = (was === 'denied' && now !== 'denied') || (was === 'conditional' && now === 'allowed');
    if (gained && catalogAction.fullName.toLowerCase() !== lower) out.push(catalogAction.fullName);
  });
  return out;
}

/** The fix of a verified change, its fields in the order people read them. */
function fixOf(change: Change, alsoAllows: readonly string[]): Fix {
  const optional = <K extends keyof Change>(key: K) =>
    change[key] === undefined ? {} : { [key]: change[key] };
  return {
    layer: change.layer,
    policyName: change.policyName,
    policyPath: change.policyPath,
    ...optional('level'),
    kind: change.kind,
    ...optional('statement'),
    ...optional('deny'),
    ...optional('context'),
    ...optional('document'),
    newPolicy: change.newPolicy,
    ...optional('resourcePolicyKind'),
    owner: ownerOf(slotAt(change.policyPath)),
    alsoAllows,
    verified: true,
    summary: change.summary,
  };
}

/** Finds fixes for the requests of one scenario, analysing the scenario itself once. */
export interface FixFinder {
  /** The fixes of `request` (none when it is allowed). Never throws. */
  find(request: Request): FixPlan;
}

/**
 * A finder for `scenario`: the whole-catalog analysis of the scenario as it is, which every
 * plan's first `alsoAllows` compares against, is computed once, when first needed.
 */
export function createFixFinder(scenario: Scenario, options: FixOptions): FixFinder {
  const catalog: CatalogView = {
    actions: options.actions,
    names: new Map(options.actions.map((a) => [a.fullName.toLowerCase(), a.fullName])),
  };
  const analyse = (compiled: CompiledScenario) =>
    analyzeScenario(compiled, options.actions, { wholeCatalog: options.wholeCatalog ?? true });
  let baseAnalysis: Analysis | null = null;

  const find = (request: Request): FixPlan => {
    const initial = evaluate(scenario, request);
    if (initial.result.decision === 'Allowed') return { fixes: [], problem: null };
    let situation = initial;
    const changes: { change: Change; after: CompiledScenario }[] = [];
    while (situation.result.decision !== 'Allowed') {
      if (changes.length === MAX_FIXES)
        return { fixes: [], problem: `more than ${MAX_FIXES} changes would be needed` };
      const taken = step(situation, catalog);
      if (typeof taken === 'string') return { fixes: [], problem: taken };
      changes.push({ change: taken.change, after: taken.next.compiled });
      situation = taken.next;
    }
    baseAnalysis ??= analyse(initial.compiled);
    let before = baseAnalysis;
    const fixes = changes.map(({ change, after }): Fix => {
      let alsoAllows: string[] = [];
      if (change.document !== undefined) {
        const next = analyse(after);
        alsoAllows = newlyAllowed(before, next, request.action);
        before = next;
      }
      return fixOf(change, alsoAllows);
    });
    return { fixes, problem: null };
  };
  return {
    find(request) {
      try {
        return find(request);
      } catch (error) {
        // The engine promises never to throw; a failure here is a bug, reported as a problem.
        return {
          fixes: [],
          problem: `finding fixes failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}

/** The fixes of one denied request (see {@link createFixFinder} for several). */
export function findFixes(scenario: Scenario, request: Request, options: FixOptions): FixPlan {
  return createFixFinder(scenario, options).find(request);
}
