/**
 * Agreement of the analysis with the evaluator: for generated scenarios and sampled catalog
 * actions, requests built from the action's ARN templates, from the scenario's own patterns
 * and from the computed scopes must be decided as the analysis says — and the effective
 * policy, evaluated alone, must decide them as the whole scenario does.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import { evaluateRequest } from '../evaluate';
import { compileScenario, parseScenario, type CompiledScenario } from '../scenario';
import type { Request, Scenario } from '../types';
import { analyzeScenario } from './analyze';
import { effectivePolicy } from './effectivePolicy';
import { named, probes, request, scenarioArbitrary, SERVICES } from './testkit/arbitraries';
import {
  entryMatches,
  resourceWithin,
  satisfyingContext,
  termLists,
  violatingContext,
} from './testkit/requests';
import type { Json } from './testkit/scenarios';
import type { Analysis, CatalogAction } from './types';

let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  const catalog = createNodeCatalog();
  actions = catalog.actions.filter((action) => SERVICES.includes(action.service));
});

function allowed(compiled: CompiledScenario, req: Request): boolean {
  return evaluateRequest(compiled, req, { trace: false }).decision === 'Allowed';
}

/** The scenario with only the effective policy, as the caller's sole identity policy. */
function effectiveScenario(scenario: Scenario, analysis: Analysis, compiled: CompiledScenario) {
  const policy = effectivePolicy(analysis, compiled);
  const federated = scenario.principal.includes(':federated-user/');
  const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  return {
    policy,
    compiled: compileScenario({
      ...scenario,
      identityPolicies: [named('effective', policy.document as unknown as Json)],
      permissionsBoundary: null,
      // A federated-user session without a session policy allows nothing, so it gets an open one.
      sessionPolicy: federated ? named('open', allowAll) : null,
      vpcEndpointPolicy: null,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    }),
  };
}

describe('the analysis agrees with evaluateRequest', () => {
  it('for generated scenarios and sampled actions', () => {
    // How often each case came up: the property is only as good as what it exercised.
    const seen = { allowed: 0, conditional: 0, denied: 0, exactPolicies: 0, inexactPolicies: 0 };
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (scenario, picks) => {
          const parsed = parseScenario(scenario);
          expect(parsed.scenario).not.toBeNull();
          const compiled = compileScenario(parsed.scenario as Scenario);
          const analysis = analyzeScenario(compiled, actions);
          const effective = effectiveScenario(scenario, analysis, compiled);
          seen[effective.policy.exact ? 'exactPolicies' : 'inexactPolicies']++;
          // Picks land on conditional and allowed actions as well as anywhere, so each case is exercised.
          const byVerdict = (verdict: string) =>
            actions.map((_, i) => i).filter((i) => analysis.effective(i) === verdict);
          const conditional = byVerdict('conditional');
          const allowedOnes = byVerdict('allowed');
          const indexes = picks.map((pick, k) => {
            const pool = k % 4 === 0 ? conditional : k % 4 === 1 ? allowedOnes : [];
            return pool.length > 0 ? (pool[pick % pool.length] as number) : pick % actions.length;
          });
          for (const index of indexes) {
            const action = actions[index] as CatalogAction;
            const verdict = analysis.effective(index);
            seen[verdict]++;
            const requests = probes(compiled, action, index);
            const outcomes = requests.map((req) => allowed(compiled, req));
            if (verdict === 'allowed') expect(outcomes.every(Boolean), action.fullName).toBe(true);
            if (verdict === 'denied') expect(outcomes.some(Boolean), action.fullName).toBe(false);
            if (verdict === 'conditional') {
              const scope = analysis.scope(index);
              expect(scope).not.toBeNull();
              const inside = (scope?.allowedWhen ?? []).flatMap((term) => {
                const context = satisfyingContext(term.conditions) ?? {};
                // Unconditional Deny statements: stay out of their Resource, inside their NotResource.
                const hard = (scope?.deniedWhen ?? []).filter((deny) => deny.conditions.length === 0);
                const lists = [
                  ...termLists(term),
                  ...hard.flatMap((deny) => (deny.notResources === null ? [] : [deny.notResources])),
                ];
                const avoid = [...term.notResources, ...hard.flatMap((deny) => deny.resources ?? [])];
                const resource = resourceWithin(action, lists, avoid);
                return resource === null ? [] : [request(action, resource, context)];
              });
              const insideOutcomes = inside.map((req) => allowed(compiled, req));
              expect(insideOutcomes.some(Boolean), `${action.fullName}: a request inside the scope`).toBe(
                true,
              );
              const outside = (scope?.deniedWhen ?? []).flatMap((deny) => {
                const resource = resourceWithin(action, [deny.resources ?? ['*']], deny.notResources ?? []);
                const denyContext = satisfyingContext(deny.conditions) ?? {};
                const term = scope?.allowedWhen[0];
                const termContext = term === undefined ? {} : (satisfyingContext(term.conditions) ?? {});
                return resource === null
                  ? []
                  : [request(action, resource, { ...termContext, ...denyContext })];
              });
              // Resources a term includes or excludes, and random ones, each with no context and
              // with every condition of every term made to fail.
              const against = violatingContext((scope?.allowedWhen ?? []).flatMap((term) => term.conditions));
              const resources = requests.map((req) => req.resource);
              const excludedByEach = (scope?.allowedWhen ?? []).filter((t) => t.notResources.length > 0);
              resources.push(
                resourceWithin(
                  action,
                  excludedByEach.map((t) => t.notResources),
                  [],
                ) ?? '*',
              );
              for (const term of scope?.allowedWhen ?? []) {
                resources.push(resourceWithin(action, termLists(term), []) ?? '*');
                for (const excluded of term.notResources)
                  resources.push(resourceWithin(action, [[excluded]], []) ?? '*');
              }
              for (const resource of resources)
                outside.push(request(action, resource, {}), request(action, resource, against));
              const all = [...outcomes, ...insideOutcomes, ...outside.map((req) => allowed(compiled, req))];
              expect(
                all.some((ok) => !ok),
                `${action.fullName}: a request outside the scope`,
              ).toBe(true);
              requests.push(...inside, ...outside);
            }
            if (effective.policy.exact) {
              for (const req of requests) {
                expect(
                  allowed(effective.compiled, req),
                  `${action.fullName} ${req.resource} effective policy`,
                ).toBe(allowed(compiled, req));
              }
            }
          }
          // Sanity of the generated requests: a scope's resources are matched by its own entries.
          for (const index of conditional.slice(0, 3)) {
            for (const term of analysis.scope(index)?.allowedWhen ?? []) {
              const resource = resourceWithin(actions[index] as CatalogAction, termLists(term), []);
              if (resource !== null && resource !== '*') {
                for (const list of term.resources)
                  expect(list.some((p) => entryMatches(p, resource))).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(seen.allowed).toBeGreaterThan(50);
    expect(seen.conditional).toBeGreaterThan(50);
    expect(seen.denied).toBeGreaterThan(50);
    expect(seen.exactPolicies).toBeGreaterThan(100);
    console.log('analysis property coverage', seen);
  }, 120_000);
});
