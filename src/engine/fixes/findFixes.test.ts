/** Fixes for each kind of denial, each checked by re-evaluating the scenario with it applied. */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import type { CatalogAction } from '../analysis/types';
import { doc, scenarioOf, type Json, type ScenarioParts } from '../analysis/testkit/scenarios';
import { evaluateRequest } from '../evaluate';
import { compileScenario, parseScenario } from '../scenario';
import type { Request, Scenario } from '../types';
import { findFixes } from './findFixes';
import { applyFix } from './placement';
import type { Fix, FixPlan } from './types';

let actions: readonly CatalogAction[] = [];
beforeAll(() => {
  actions = createNodeCatalog().actions.filter((a) => ['s3', 'sqs', 'ec2', 'kms', 'sts'].includes(a.service));
});

const ACCOUNT = '123456789012';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/dev/work`;
const allow = (action: string, resource = '*'): Json => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
});
const request = (action: string, resource = '*', context: Request['context'] = {}): Request => ({
  action,
  resource,
  context,
});

function plan(scenario: Scenario | ScenarioParts, req: Request): FixPlan {
  const full = 'version' in scenario ? scenario : scenarioOf(scenario);
  return findFixes(full, req, { actions, wholeCatalog: false });
}

/** Applies the fixes in order and evaluates; `upTo` applies only the first ones. */
function decisionAfter(scenario: Scenario, req: Request, fixes: readonly Fix[], upTo = fixes.length) {
  let state = { scenario, request: req };
  for (const fix of fixes.slice(0, upTo)) state = applyFix(state.scenario, state.request, fix);
  const parsed = parseScenario(state.scenario);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return evaluateRequest(compileScenario(parsed.scenario as Scenario), state.request).decision;
}

function only(result: FixPlan): Fix {
  expect(result.problem).toBeNull();
  expect(result.fixes).toHaveLength(1);
  return result.fixes[0] as Fix;
}

describe('implicit denials', () => {
  it("the project's example: the boundary gets exactly the action, its text kept as typed", () => {
    const boundaryText =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "ec2:*", "Resource": "*" }\n  ]\n}\n';
    const scenario: Scenario = {
      ...scenarioOf({ principal: SESSION, identity: [doc(allow('*'))] }),
      permissionsBoundary: { name: 'ec2-boundary', document: boundaryText },
    };
    const fix = only(plan(scenario, request('s3:ListAllMyBuckets')));
    expect(fix).toMatchObject({
      layer: 'boundary',
      policyName: 'ec2-boundary',
      policyPath: 'permissionsBoundary',
      kind: 'add-statement',
      statement: {
        Sid: 'AllowS3ListAllMyBuckets',
        Effect: 'Allow',
        Action: 's3:ListAllMyBuckets',
        Resource: '*',
      },
      newPolicy: false,
      owner: 'you',
      alsoAllows: [],
      verified: true,
    });
    expect(fix.document?.startsWith(boundaryText.slice(0, boundaryText.indexOf(' }') + 2))).toBe(true);
    expect(fix.summary).toBe(
      'Add to the permissions boundary "ec2-boundary" a statement allowing s3:ListAllMyBuckets on *.',
    );
    expect(decisionAfter(scenario, request('s3:ListAllMyBuckets'), [fix])).toBe('Allowed');
  });

  it('no identity policy at all: a new one, with the exact resource', () => {
    const req = request('s3:GetObject', 'arn:aws:s3:::reports/q3.csv');
    const scenario = scenarioOf({});
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      layer: 'identity',
      policyName: 'allow-s3-GetObject',
      policyPath: ['identityPolicies', 0],
      newPolicy: true,
      statement: { Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/q3.csv' },
    });
    expect(JSON.parse(fix.document as string)).toEqual({ Version: '2012-10-17', Statement: [fix.statement] });
    expect(decisionAfter(scenario, req, [fix])).toBe('Allowed');
  });

  it('an AWS managed identity policy is left as AWS wrote it: a new policy gets the statement', () => {
    const scenario: Scenario = {
      ...scenarioOf({}),
      identityPolicies: [
        {
          name: 'AmazonEC2ReadOnlyAccess',
          arn: 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
          document: doc(allow('ec2:Describe*')),
        },
      ],
    };
    const fix = only(plan(scenario, request('sqs:ListQueues')));
    expect(fix).toMatchObject({ policyPath: ['identityPolicies', 1], newPolicy: true });
  });

  it('a failed Allow condition: supply the context that satisfies it', () => {
    const scenario = scenarioOf({
      identity: [
        doc({
          Sid: 'RequireMfa',
          ...allow('s3:*'),
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        }),
      ],
    });
    const req = request('s3:ListAllMyBuckets');
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      layer: 'identity',
      kind: 'set-context',
      context: { 'aws:MultiFactorAuthPresent': 'true' },
      alsoAllows: [],
    });
    expect(fix.document).toBeUndefined();
    expect(fix.summary).toContain('statement "RequireMfa"');
    expect(decisionAfter(scenario, req, [fix])).toBe('Allowed');
  });

  it('a condition on the caller cannot be met by the request: an Allow is added instead', () => {
    const scenario = scenarioOf({
      identity: [doc({ ...allow('s3:*'), Condition: { StringEquals: { 'aws:PrincipalTag/team': 'data' } } })],
    });
    expect(only(plan(scenario, request('s3:ListAllMyBuckets'))).kind).toBe('add-statement');
  });

  it('an SCP level without an Allow: the organization owns the fix; an empty level gets a new policy', () => {
    const scenario = scenarioOf({
      identity: [doc(allow('*'))],
      scps: [[doc(allow('*'))], [doc(allow('ec2:*'))]],
    });
    const fix = only(plan(scenario, request('s3:ListAllMyBuckets')));
    expect(fix).toMatchObject({
      layer: 'scp',
      policyPath: ['serviceControlPolicies', 1, 'policies', 0],
      level: 'level1',
      owner: 'organization',
    });
    const empty: Scenario = { ...scenario, serviceControlPolicies: [{ target: 'Root', policies: [] }] };
    const added = only(plan(empty, request('s3:ListAllMyBuckets')));
    expect(added).toMatchObject({
      policyPath: ['serviceControlPolicies', 0, 'policies', 0],
      newPolicy: true,
      level: 'Root',
    });
    expect(decisionAfter(empty, request('s3:ListAllMyBuckets'), [added])).toBe('Allowed');
  });

  it('a federated user without a session policy: a new session policy', () => {
    const scenario = scenarioOf({
      principal: `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
      identity: [doc(allow('*'))],
    });
    const fix = only(plan(scenario, request('sqs:ListQueues')));
    expect(fix).toMatchObject({ layer: 'session', policyPath: 'sessionPolicy', newPolicy: true });
  });

  it('cross-account: a new resource-based policy naming the caller (its role for a session)', () => {
    const scenario = scenarioOf({ principal: SESSION, identity: [doc(allow('*'))] });
    const req = request('sqs:SendMessage', 'arn:aws:sqs:us-east-1:999999999999:jobs');
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      layer: 'resource',
      policyPath: 'resourcePolicy',
      newPolicy: true,
      resourcePolicyKind: 'resource',
      statement: { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/dev` }, Action: 'sqs:SendMessage' },
    });
    expect(decisionAfter(scenario, req, [fix])).toBe('Allowed');
  });

  it('identity and boundary both lack an Allow: two fixes, applied together', () => {
    const scenario = scenarioOf({ identity: [doc(allow('ec2:*'))], boundary: doc(allow('ec2:*')) });
    const req = request('sqs:ListQueues');
    const result = plan(scenario, req);
    expect(result.fixes.map((f) => f.layer)).toEqual(['identity', 'boundary']);
    expect(decisionAfter(scenario, req, result.fixes, 1)).toBe('ImplicitDeny');
    expect(decisionAfter(scenario, req, result.fixes)).toBe('Allowed');
  });

  it('the catalog spells the action: a request in lower case gets AWS casing in the statement', () => {
    const fix = only(plan(scenarioOf({}), request('s3:listallmybuckets')));
    expect(fix.statement).toMatchObject({ Action: 's3:ListAllMyBuckets' });
  });
});

describe('explicit denials', () => {
  it('a Deny whose condition the request can fail: exempt from it', () => {
    const scenario = scenarioOf({
      identity: [
        doc(allow('*'), {
          Sid: 'OnlyUsEast1',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } },
        }),
      ],
    });
    const req = request('sqs:ListQueues', '*', { 'aws:RequestedRegion': 'eu-west-1' });
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      kind: 'exempt-from-deny',
      context: { 'aws:RequestedRegion': 'us-east-1' },
      deny: { index: 1, sid: 'OnlyUsEast1' },
    });
    expect(decisionAfter(scenario, req, [fix])).toBe('Allowed');
  });

  it('NotResource: the resource is added, so the Deny spares exactly it', () => {
    const scenario = scenarioOf({
      identity: [
        doc(allow('s3:*'), { Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::public/*' }),
      ],
    });
    const req = request('s3:GetObject', 'arn:aws:s3:::private/k');
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      kind: 'narrow-deny',
      statement: { NotResource: ['arn:aws:s3:::public/*', 'arn:aws:s3:::private/k'] },
      alsoAllows: [],
    });
  });

  it('an exact Action entry among others is dropped; a wildcard is expanded over the catalog', () => {
    const exact = scenarioOf({
      identity: [
        doc(allow('s3:*'), { Effect: 'Deny', Action: ['s3:DeleteBucket', 's3:DeleteObject'], Resource: '*' }),
      ],
    });
    const dropped = only(plan(exact, request('s3:DeleteObject', 'arn:aws:s3:::b/k')));
    expect(dropped.statement).toMatchObject({ Action: ['s3:DeleteBucket'] });
    expect(dropped.summary).toContain('drops "s3:DeleteObject" from its Action');

    const wildcard = scenarioOf({
      identity: [doc(allow('s3:*'), { Effect: 'Deny', Action: 's3:DeleteObject*', Resource: '*' })],
    });
    const expanded = only(plan(wildcard, request('s3:DeleteObject', 'arn:aws:s3:::b/k')));
    const list = (expanded.statement as { Action: string[] }).Action;
    expect(list).toContain('s3:DeleteObjectVersion');
    expect(list).not.toContain('s3:DeleteObject');
    expect(expanded.alsoAllows).toEqual([]);
  });

  it('an SCP Deny spares the caller by aws:PrincipalArn, and says what else that allows', () => {
    const scenario = scenarioOf({
      principal: SESSION,
      identity: [doc(allow('sqs:*'))],
      scps: [[doc(allow('*'), { Sid: 'NoSqs', Effect: 'Deny', Action: 'sqs:*', Resource: '*' })]],
    });
    const req = request('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`);
    const fix = only(plan(scenario, req));
    expect(fix).toMatchObject({
      layer: 'scp',
      kind: 'narrow-deny',
      owner: 'organization',
      statement: { Condition: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/dev` } } },
    });
    const sqs = actions
      .filter((a) => a.service === 'sqs' && a.fullName !== 'sqs:SendMessage')
      .map((a) => a.fullName);
    expect(fix.alsoAllows).toEqual(sqs);
    expect(decisionAfter(scenario, req, [fix])).toBe('Allowed');
  });

  it('a Deny hiding a missing Allow: first the Deny, then the Allow', () => {
    const scenario = scenarioOf({
      identity: [doc({ Effect: 'Deny', Action: 'sqs:*', Resource: '*' }, allow('ec2:*'))],
    });
    const req = request('sqs:ListQueues');
    const result = plan(scenario, req);
    expect(result.fixes.map((f) => [f.layer, f.kind])).toEqual([
      ['identity', 'narrow-deny'],
      ['identity', 'add-statement'],
    ]);
    expect(decisionAfter(scenario, req, result.fixes)).toBe('Allowed');
  });
});

describe('no fix', () => {
  it('an allowed request needs none', () => {
    expect(plan(scenarioOf({ identity: [doc(allow('*'))] }), request('sqs:ListQueues'))).toEqual({
      fixes: [],
      problem: null,
    });
  });

  it('a boundary whose text does not parse: no fix, and the reason', () => {
    const scenario: Scenario = {
      ...scenarioOf({ identity: [doc(allow('*'))] }),
      permissionsBoundary: { name: 'b', document: '{"Statement": [' },
    };
    const result = plan(scenario, request('sqs:ListQueues'));
    expect(result.fixes).toEqual([]);
    expect(result.problem).toContain('does not parse');
  });
});
