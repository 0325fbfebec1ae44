/**
 * For generated scenarios (every layer, policies as objects or as text in several layouts) and
 * denied requests: the fixes offered, applied in order from their public fields alone, leave
 * the request allowed; each `alsoAllows` is the difference of the whole analysis before and
 * after its change; and every `document` is the policy it claims to be.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { analyzeScenario } from '../analysis/analyze';
import { probes, request, scenarioArbitrary } from '../analysis/testkit/arbitraries';
import { satisfyingContext } from '../analysis/testkit/requests';
import type { Analysis, CatalogAction } from '../analysis/types';
import { evaluateRequest } from '../evaluate';
import { compileScenario, parseScenario } from '../scenario';
import { mapPolicySlots } from '../scenario/slots';
import type { Request, Scenario } from '../types';
import { findFixes } from './findFixes';
import type { Fix } from './types';

const SERVICES = ['s3', 'sqs', 'kms', 'sts'];
let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions.filter((action) => SERVICES.includes(action.service));
});

/** Every policy as text: one line (indent 0) or pretty with `indent` spaces; -1 keeps objects. */
function withLayout(scenario: Scenario, indent: number): Scenario {
  if (indent < 0) return scenario;
  const slots = mapPolicySlots(scenario, (policy) => ({
    ...policy,
    document: JSON.stringify(policy.document, null, indent),
  }));
  return { ...scenario, ...slots };
}

/** Applies a fix from its public fields only: its document at its path, its context merged. */
function applyByHand(scenario: Scenario, req: Request, fix: Fix): { scenario: Scenario; request: Request } {
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  if (fix.document !== undefined) {
    const path = typeof fix.policyPath === 'string' ? [fix.policyPath] : [...fix.policyPath];
    const last = path.pop() as string | number;
    let parent = copy as Record<string | number, unknown>;
    for (const segment of path) parent = parent[segment] as Record<string | number, unknown>;
    const existing = (fix.newPolicy ? {} : parent[last]) as Record<string, unknown>;
    parent[last] = {
      ...existing,
      name: fix.policyName,
      document: fix.document,
      ...(fix.resourcePolicyKind === undefined ? {} : { kind: fix.resourcePolicyKind }),
    };
  }
  const parsed = parseScenario(copy);
  expect(parsed.scenario, JSON.stringify(parsed.diagnostics)).not.toBeNull();
  const context = { ...req.context, ...(fix.context ?? {}) };
  return { scenario: parsed.scenario as Scenario, request: { ...req, context } };
}

function analysis(scenario: Scenario): Analysis {
  return analyzeScenario(compileScenario(scenario), actions, { wholeCatalog: false });
}

/** The oracle of `alsoAllows`: actions denied before and not after, or conditional before and allowed after. */
function gained(a: Analysis, b: Analysis, action: string): string[] {
  return actions
    .filter((_, i) => {
      const was = a.effective(i);
      const now = b.effective(i);
      return (was === 'denied' && now !== 'denied') || (was === 'conditional' && now === 'allowed');
    })
    .map((x) => x.fullName)
    .filter((name) => name.toLowerCase() !== action.toLowerCase());
}

/** A denied request for the action: probes, and probes whose context also meets the Deny conditions. */
function deniedRequest(scenario: Scenario, action: CatalogAction, seed: number): Request | null {
  const compiled = compileScenario(scenario);
  const statements = [
    ...compiled.identity,
    ...compiled.scpLevels.flatMap((level) => level.policies),
    ...(compiled.boundary === null ? [] : [compiled.boundary]),
  ].flatMap((policy) => policy.statements);
  const all = satisfyingContext(statements.flatMap((s) => s.conditions)) ?? {};
  const candidates = probes(compiled, action, seed).flatMap((req) => [
    req,
    request(action, req.resource, { ...req.context, ...all }),
  ]);
  const decided = candidates.map((req) => ({
    req,
    decision: evaluateRequest(compiled, req, { trace: false }).decision,
  }));
  const denied = decided.filter((d) => d.decision !== 'Allowed');
  // Every other seed prefers an explicit deny, rarer among random requests.
  const explicit = denied.filter((d) => d.decision === 'ExplicitDeny');
  const pool = seed % 2 === 0 && explicit.length > 0 ? explicit : denied;
  return pool[seed % Math.max(1, pool.length)]?.req ?? null;
}

describe('fixes', () => {
  it('applied in order, allow the request; alsoAllows is the analysis difference', () => {
    const seen: Record<string, number> = { denied: 0, planned: 0, problems: 0, multi: 0 };
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), fc.constantFrom(-1, 0, 2, 4), (generated, pick, indent) => {
        const scenario = withLayout(generated, indent);
        const action = actions[pick % actions.length] as CatalogAction;
        const req = deniedRequest(scenario, action, pick);
        if (req === null) return;
        seen.denied = (seen.denied ?? 0) + 1;
        const plan = findFixes(scenario, req, { actions, wholeCatalog: false });
        if (plan.problem !== null) {
          seen.problems = (seen.problems ?? 0) + 1;
          expect(plan.fixes).toEqual([]);
          return;
        }
        seen.planned = (seen.planned ?? 0) + 1;
        if (plan.fixes.length > 1) seen.multi = (seen.multi ?? 0) + 1;
        let state = { scenario, request: req };
        let before: Analysis | null = null;
        for (const fix of plan.fixes) {
          seen[fix.kind] = (seen[fix.kind] ?? 0) + 1;
          expect(fix.verified).toBe(true);
          const next = applyByHand(state.scenario, state.request, fix);
          if (fix.document === undefined) expect(fix.alsoAllows).toEqual([]);
          else {
            const statements = JSON.parse(fix.document).Statement as unknown[];
            if (fix.kind === 'add-statement') expect(statements).toContainEqual(fix.statement);
            before ??= analysis(state.scenario);
            const after = analysis(next.scenario);
            expect(fix.alsoAllows).toEqual(gained(before, after, req.action));
            before = after;
          }
          state = next;
        }
        const decision = evaluateRequest(compileScenario(state.scenario), state.request).decision;
        expect(decision, JSON.stringify(plan.fixes.map((f) => f.summary))).toBe('Allowed');
      }),
      { numRuns: 50 },
    );
    console.log('fix property coverage', seen);
    // What the property exercised: plans for most denied requests, plans of several fixes, and
    // the common kinds (context fixes come up in some runs; findFixes.test.ts covers each kind).
    expect(seen.planned).toBeGreaterThan(((seen.denied ?? 0) * 9) / 10);
    expect(seen.multi).toBeGreaterThan(5);
    expect(seen['add-statement']).toBeGreaterThan(10);
    expect(seen['narrow-deny']).toBeGreaterThan(3);
  }, 60_000);
});
