import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/compile';
import type { EvaluationResult, NamedPolicy, Request, ResourcePolicy, Scenario } from '../types';
import { evaluateRequest } from './evaluateRequest';
import { ACCOUNT, ARNS, scenario } from './testkit';

// A small alphabet, so random policies often match random requests.
const ACTIONS = ['s3:GetObject', 's3:PutObject', 'ec2:RunInstances', 'iam:ListUsers'];
const ACTION_PATTERNS = ['*', 's3:*', 's3:Get*', 'ec2:*', 'iam:ListUsers', 's3:PutObject', '*:List*'];
const RESOURCES = ['*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::c/y'];
const RESOURCE_PATTERNS = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::c/*'];
const CONDITIONS = [
  { StringEquals: { 'aws:RequestTag/env': 'prod' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } },
  { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' } },
];
const PRINCIPALS = ['*', ACCOUNT, ARNS.user, ARNS.role, ARNS.session, ARNS.federated];

const statementArb = (withPrincipal: boolean) =>
  fc
    .record({
      effect: fc.constantFrom('Allow', 'Deny'),
      not: fc.boolean(),
      actions: fc.subarray(ACTION_PATTERNS, { minLength: 1, maxLength: 2 }),
      resources: fc.subarray(RESOURCE_PATTERNS, { minLength: 1, maxLength: 2 }),
      notResource: fc.boolean(),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
      principal: fc.constantFrom(...PRINCIPALS),
    })
    .map((s) => ({
      Effect: s.effect,
      [s.not ? 'NotAction' : 'Action']: s.actions,
      [s.notResource ? 'NotResource' : 'Resource']: s.resources,
      ...(s.condition === undefined ? {} : { Condition: s.condition }),
      ...(withPrincipal ? { Principal: { AWS: s.principal } } : {}),
    }));

const policyArb = (name: string, withPrincipal = false): fc.Arbitrary<NamedPolicy> =>
  fc
    .array(statementArb(withPrincipal), { minLength: 1, maxLength: 3 })
    .map((statements) => ({ name, document: { Version: '2012-10-17', Statement: statements } }));

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    principal: fc.constantFrom(ARNS.user, ARNS.session, ARNS.federated, ARNS.root),
    identityPolicies: fc.array(policyArb('identity'), { maxLength: 2 }),
    permissionsBoundary: fc.option(policyArb('boundary'), { nil: null }),
    sessionPolicy: fc.option(policyArb('session'), { nil: null }),
    resourcePolicy: fc.option(
      policyArb('resource', true).map((p): ResourcePolicy => ({ ...p, kind: 'resource' })),
      { nil: null },
    ),
    scps: fc.array(fc.array(policyArb('scp'), { maxLength: 2 }), { maxLength: 2 }),
  })
  .map(({ scps, ...parts }) =>
    scenario({
      ...parts,
      serviceControlPolicies: scps.map((policies, i) => ({ target: `level-${i}`, policies })),
    }),
  );

const requestArb: fc.Arbitrary<Request> = fc
  .record({
    action: fc.constantFrom(...ACTIONS),
    resource: fc.constantFrom(...RESOURCES),
    resourceAccount: fc.constantFrom(undefined, ACCOUNT, '444455556666'),
    context: fc.record(
      {
        'aws:RequestTag/env': fc.constantFrom('prod', 'dev'),
        'aws:SecureTransport': fc.constantFrom('true', 'false'),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ resourceAccount, ...r }) => (resourceAccount === undefined ? r : { ...r, resourceAccount }));

const evaluate = (s: Scenario, r: Request): EvaluationResult => evaluateRequest(compileScenario(s), r);

const matchedIn = (result: EvaluationResult, layer: string, effect: 'Allow' | 'Deny') =>
  result.trace.some((p) => p.layer === layer && p.statements.some((s) => s.matched && s.effect === effect));

const anyDenyMatched = (result: EvaluationResult) =>
  result.trace.some((p) => p.statements.some((s) => s.matched && s.effect === 'Deny'));

describe('evaluation properties', () => {
  it('an explicit deny is never overridden: a matching Deny anywhere means ExplicitDeny', () => {
    fc.assert(
      fc.property(scenarioArb, requestArb, (s, r) => {
        const result = evaluate(s, r);
        expect(result.decision === 'ExplicitDeny').toBe(anyDenyMatched(result));
      }),
      { numRuns: 400 },
    );
  });

  it('a Deny added to the identity policies wins over whatever else allows', () => {
    fc.assert(
      fc.property(scenarioArb, requestArb, (s, r) => {
        fc.pre(!s.principal.endsWith(':root'));
        const deny = {
          name: 'deny',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: r.action, Resource: '*' }],
          },
        };
        const result = evaluate({ ...s, identityPolicies: [...s.identityPolicies, deny] }, r);
        expect(result.decision).toBe('ExplicitDeny');
        expect(result.deniedByAll).toContain('identity');
      }),
      { numRuns: 200 },
    );
  });

  it('with a boundary and no resource policy, Allowed implies the boundary allows', () => {
    fc.assert(
      fc.property(scenarioArb, requestArb, (s, r) => {
        fc.pre(s.permissionsBoundary !== null && !s.principal.endsWith(':root'));
        const result = evaluate({ ...s, resourcePolicy: null }, r);
        if (result.decision === 'Allowed') expect(matchedIn(result, 'boundary', 'Allow')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('adding an Allow statement to the boundary never removes access', () => {
    fc.assert(
      fc.property(scenarioArb, requestArb, statementArb(false), (s, r, extra) => {
        fc.pre(s.permissionsBoundary !== null);
        const boundary = s.permissionsBoundary as NamedPolicy;
        const document = boundary.document as { Version: string; Statement: unknown[] };
        const widened = {
          ...boundary,
          document: { ...document, Statement: [...document.Statement, { ...extra, Effect: 'Allow' }] },
        };
        const before = evaluate(s, r);
        const after = evaluate({ ...s, permissionsBoundary: widened }, r);
        if (before.decision === 'Allowed') expect(after.decision).toBe('Allowed');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and always explains a denial', () => {
    fc.assert(
      fc.property(scenarioArb, requestArb, (s, r) => {
        const result = evaluate(s, r);
        expect(result.deniedBy === null).toBe(result.decision === 'Allowed');
        expect(result.message === null).toBe(result.decision === 'Allowed');
        expect(result.deniedByAll[0] ?? null).toBe(result.deniedBy);
      }),
      { numRuns: 300 },
    );
  });
});
