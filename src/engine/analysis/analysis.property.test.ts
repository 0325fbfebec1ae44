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
import type { ContextValue, NamedPolicy, Request, Scenario } from '../types';
import { analyzeScenario } from './analyze';
import { effectivePolicy } from './effectivePolicy';
import {
  entryMatches,
  randomResource,
  resourceWithin,
  satisfyingContext,
  termLists,
  violatingContext,
} from './testkit/requests';
import type { Analysis, CatalogAction } from './types';

const ACCOUNT = '123456789012';
const SERVICES = ['s3', 'sqs', 'ec2', 'iam', 'sts', 'kms'];
let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  const catalog = createNodeCatalog();
  actions = catalog.actions.filter((action) => SERVICES.includes(action.service));
});

const PRINCIPALS = [
  `arn:aws:iam::${ACCOUNT}:user/alice`,
  `arn:aws:sts::${ACCOUNT}:assumed-role/dev/session`,
  `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
];

const ACTION_PATTERNS = [
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:Put*',
  's3:List*',
  'sqs:*',
  'sqs:SendMessage',
  'ec2:Describe*',
  'ec2:*Instances',
  'iam:*',
  'iam:CreateUser',
  'kms:*',
  'sts:*',
  '*:Get*',
];

const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*',
  'arn:aws:s3:::*/private/*',
  `arn:aws:sqs:*:${ACCOUNT}:queue-1`,
  'arn:aws:sqs:us-east-1:*:*',
  'arn:aws:ec2:*:*:instance/*',
  'arn:aws:ec2:*:*:*',
  `arn:aws:iam::${ACCOUNT}:user/*`,
  'arn:aws:kms:*:*:key/k-1',
];

/** Values for filling templates: some hit the patterns above, some do not. */
const FILLERS = ['bucket-a', 'bucket-b', 'queue-1', 'us-east-1', 'queue-2', ACCOUNT, 'k-1', 'private', 'x'];

type Json = Record<string, unknown>;

/** Conditions: Allow ones on per-statement keys (no contradictions across layers), Deny ones positive. */
function allowCondition(tag: string) {
  return fc.constantFrom<Json>(
    { StringEquals: { [`aws:RequestTag/${tag}`]: ['red', 'blue'] } },
    { StringLike: { [`aws:ResourceTag/${tag}`]: 'proj-*' } },
    { StringNotEquals: { [`aws:PrincipalTag/${tag}`]: 'banned' } },
    { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    { NumericLessThan: { [`aws:RequestTag/n${tag}`]: '10' } },
    { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [`k${tag}`] } },
  );
}

function denyCondition(tag: string) {
  return fc.constantFrom<Json>(
    { StringEquals: { [`aws:RequestTag/deny${tag}`]: 'yes' } },
    { Bool: { [`aws:ResourceTag/deny${tag}`]: 'true' } },
  );
}

function statement(tag: string, effect: 'Allow' | 'Deny') {
  return fc
    .record({
      notAction: fc.boolean(),
      actions: fc.uniqueArray(fc.constantFrom(...ACTION_PATTERNS), { minLength: 1, maxLength: 3 }),
      notResource: fc.boolean(),
      resources: fc.uniqueArray(fc.constantFrom(...RESOURCE_PATTERNS), { minLength: 1, maxLength: 2 }),
      condition: fc.option(effect === 'Allow' ? allowCondition(tag) : denyCondition(tag), { freq: 2 }),
    })
    .map(({ notAction, actions: list, notResource, resources, condition }): Json => ({
      Effect: effect,
      [notAction && effect === 'Allow' ? 'NotAction' : 'Action']: list,
      [notResource ? 'NotResource' : 'Resource']: resources,
      ...(condition === null ? {} : { Condition: condition }),
    }));
}

function policyDocument(tag: string, maxAllows: number) {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: maxAllows }), fc.array(fc.nat(), { maxLength: 1 }))
    .chain(([allows, denies]) =>
      fc.tuple(
        ...allows.map((_, i) => statement(`${tag}${i}`, 'Allow')),
        ...denies.map((_, i) => statement(`${tag}${i}`, 'Deny')),
      ),
    )
    .map((statements): Json => ({ Version: '2012-10-17', Statement: statements }));
}

const named = (name: string, document: Json): NamedPolicy => ({ name, document });

/** Statements that name the caller with `Principal: "*"`, as RCPs and endpoint policies do. */
function principalStatements(tag: string, effect: 'Allow' | 'Deny', max: number) {
  return fc
    .array(statement(tag, effect), { minLength: 1, maxLength: max })
    .map((list) =>
      list.map(({ NotAction, ...rest }) => ({ ...rest, Action: rest.Action ?? NotAction, Principal: '*' })),
    );
}

/** A customer RCP (Deny only) and a VPC endpoint policy (Allow, maybe a Deny). */
const rcpArbitrary = principalStatements('r', 'Deny', 2).map((statements): Json => ({
  Version: '2012-10-17',
  Statement: statements,
}));
const endpointArbitrary = fc
  .tuple(principalStatements('v', 'Allow', 2), fc.option(principalStatements('w', 'Deny', 1), { freq: 2 }))
  .map(([allows, denies]): Json => ({ Version: '2012-10-17', Statement: [...allows, ...(denies ?? [])] }));

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    principal: fc.constantFrom(...PRINCIPALS),
    identity: fc.array(policyDocument('i', 3), { minLength: 1, maxLength: 2 }),
    boundary: fc.option(policyDocument('b', 2), { freq: 3 }),
    session: fc.option(policyDocument('s', 2), { freq: 2 }),
    scp: fc.option(policyDocument('o', 2), { freq: 3 }),
    rcp: fc.option(rcpArbitrary, { freq: 3 }),
    endpoint: fc.option(endpointArbitrary, { freq: 3 }),
    management: fc.constantFrom(null, ACCOUNT, '999999999999'),
  })
  .map(({ principal, identity, boundary, session, scp, rcp, endpoint, management }) => ({
    version: 1 as const,
    principal,
    ...(management === null ? {} : { organization: { managementAccount: management } }),
    identityPolicies: identity.map((document, i) => named(`identity${i}`, document)),
    permissionsBoundary: boundary === null ? null : named('boundary', boundary),
    sessionPolicy: session === null ? null : named('session', session),
    resourcePolicy: null,
    vpcEndpointPolicy: endpoint === null ? null : named('endpoint', endpoint),
    serviceControlPolicies:
      scp === null
        ? []
        : [
            {
              target: 'Root',
              policies: [
                named('FullAWSAccess', {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
                }),
              ],
            },
            { target: 'Account', policies: [named('scp', scp)] },
          ],
    resourceControlPolicies: rcp === null ? [] : [{ target: 'Root', policies: [named('rcp', rcp)] }],
    requests: [],
  }));

function request(action: CatalogAction, resource: string, context: Record<string, ContextValue>): Request {
  // Same account whatever the ARN says: the analysis is about same-account requests.
  return { action: action.fullName, resource, resourceAccount: ACCOUNT, context };
}

/** Every Allow statement of the scenario, as parsed (for requests aimed at its grants). */
function allowStatements(compiled: CompiledScenario) {
  const policies = [
    ...compiled.identity,
    ...(compiled.boundary === null ? [] : [compiled.boundary]),
    ...(compiled.session === null ? [] : [compiled.session]),
    ...(compiled.vpcEndpoint === null ? [] : [compiled.vpcEndpoint]),
    ...compiled.scpLevels.flatMap((level) => level.policies),
  ];
  return policies.flatMap((policy) => policy.statements).filter((s) => s.valid && s.allow);
}

/** Requests probing the action: random resources and contexts, and ones aimed at each grant. */
function probes(compiled: CompiledScenario, action: CatalogAction, seed: number): Request[] {
  const out: Request[] = [];
  const grants = allowStatements(compiled);
  const everything = satisfyingContext(grants.flatMap((s) => s.conditions)) ?? {};
  for (let k = 0; k < Math.max(3, action.resourceTypes.length); k++) {
    const resource = randomResource(action, k, (n) => FILLERS[(seed + k * 3 + n) % FILLERS.length] as string);
    out.push(request(action, resource, {}), request(action, resource, everything));
  }
  for (const grant of grants) {
    const lists = grant.resources === null || grant.notResource ? [['*']] : [grant.resources];
    const avoid = grant.notResource ? (grant.resources ?? []) : [];
    const resource = resourceWithin(action, lists, avoid) ?? resourceWithin(action, [['*']], avoid);
    if (resource !== null) out.push(request(action, resource, everything));
  }
  return out;
}

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
