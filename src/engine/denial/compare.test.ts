/** compareWithAws against real evaluations: one case per combination it distinguishes. */

import { describe, expect, it } from 'vitest';

import { compiledOf, doc, type ScenarioParts } from '../analysis/testkit/scenarios';
import { evaluateRequest } from '../evaluate';
import { compileScenario, parseScenario } from '../scenario';
import type { EvaluationResult, Request, Scenario } from '../types';
import { compareWithAws } from './compare';
import type { AwsSaid } from './types';

const LIST_BUCKETS: Request = { action: 's3:ListAllMyBuckets', resource: '*', context: {} };
const allow = (action: string) => doc({ Effect: 'Allow', Action: action, Resource: '*' });
const deny = (action: string) => doc({ Effect: 'Deny', Action: action, Resource: '*' });

function evaluate(parts: ScenarioParts, request: Request = LIST_BUCKETS): EvaluationResult {
  return evaluateRequest(compiledOf(parts), request);
}

const boundaryImplicit: AwsSaid = { decision: 'ImplicitDeny', layer: 'boundary' };

describe('compareWithAws', () => {
  it('agrees: same layer, same decision', () => {
    const result = evaluate({ identity: [allow('*')], boundary: allow('ec2:*') });
    const comparison = compareWithAws(boundaryImplicit, result);
    expect(comparison).toMatchObject({ code: 'agrees', agrees: true });
    expect(comparison.sentence).toBe('The scenario agrees with AWS: no permissions boundary allows it.');
  });

  it('the scenario allows and has no boundary: it is missing a policy AWS applied', () => {
    const comparison = compareWithAws(boundaryImplicit, evaluate({ identity: [allow('*')] }));
    expect(comparison).toMatchObject({ code: 'scenario-allows', agrees: false });
    expect(comparison.sentence).toBe(
      'The scenario is missing a policy AWS applied: AWS says no permissions boundary allowed this.',
    );
    const explicit = compareWithAws(
      { decision: 'ExplicitDeny', layer: 'boundary' },
      evaluate({ identity: [allow('*')] }),
    );
    expect(explicit.sentence).toBe(
      'The scenario is missing a policy AWS applied: AWS says a Deny statement in a permissions boundary denied this.',
    );
  });

  it("the scenario allows although it has a boundary: the scenario's boundary differs from AWS's", () => {
    const comparison = compareWithAws(
      boundaryImplicit,
      evaluate({ identity: [allow('*')], boundary: allow('*') }),
    );
    expect(comparison.code).toBe('scenario-allows');
    expect(comparison.sentence).toContain("the scenario's permissions boundary does not deny it");
  });

  it('the scenario skips the layer AWS names (a request not through the VPC endpoint)', () => {
    const scenario = parseScenario({
      ...baseScenario(),
      vpcEndpointPolicy: { name: 'e', document: deny('*') },
    }).scenario as Scenario;
    const result = evaluateRequest(compileScenario(scenario), { ...LIST_BUCKETS, viaVpcEndpoint: false });
    const comparison = compareWithAws({ decision: 'ExplicitDeny', layer: 'vpcEndpoint' }, result);
    expect(comparison.code).toBe('scenario-allows');
    expect(comparison.sentence).toContain('does not go through the VPC endpoint');
  });

  it('same layer, AWS explicit and the scenario implicit (and the reverse)', () => {
    const implicitHere = evaluate({ identity: [allow('*')], boundary: allow('ec2:*') });
    const a = compareWithAws({ decision: 'ExplicitDeny', layer: 'boundary' }, implicitHere);
    expect(a).toMatchObject({ code: 'decision-differs', agrees: false });
    expect(a.sentence).toContain("AWS's permissions boundary has a Deny the scenario's lacks");
    const boundary = doc(
      { Effect: 'Deny', Action: 's3:*', Resource: '*' },
      { Effect: 'Allow', Action: '*', Resource: '*' },
    );
    const explicitHere = evaluate({ identity: [allow('*')], boundary });
    expect(explicitHere.decision).toBe('ExplicitDeny');
    const b = compareWithAws(boundaryImplicit, explicitHere);
    expect(b.code).toBe('decision-differs');
    expect(b.sentence).toContain("the scenario's has a Deny AWS's lacks");
  });

  it('an SCP "explicit deny" agrees with an implicit SCP denial (older SCP wording)', () => {
    const result = evaluate({ identity: [allow('*')], scps: [[allow('ec2:*')]] });
    expect(result).toMatchObject({ decision: 'ImplicitDeny', deniedBy: 'scp' });
    const comparison = compareWithAws({ decision: 'ExplicitDeny', layer: 'scp' }, result);
    expect(comparison).toMatchObject({ code: 'agrees', agrees: true });
    expect(comparison.sentence).toContain('explicit even when no SCP allows');
  });

  it("AWS's layer denies in the scenario too, after another one: AWS names only one reason", () => {
    const result = evaluate({ identity: [allow('ec2:*')], boundary: allow('ec2:*') });
    expect(result.deniedByAll).toEqual(['identity', 'boundary']);
    const comparison = compareWithAws(boundaryImplicit, result);
    expect(comparison).toMatchObject({ code: 'agrees-other-reason', agrees: true });
    expect(comparison.sentence).toContain('AWS names only one reason');
  });

  it('a different layer: missing in the scenario, or present and not denying', () => {
    const identityOnly = evaluate({ identity: [allow('ec2:*')] });
    const missing = compareWithAws(boundaryImplicit, identityOnly);
    expect(missing).toMatchObject({ code: 'different-layer', agrees: false });
    expect(missing.sentence).toBe(
      'The scenario is missing a policy AWS applied: AWS says no permissions boundary allowed this, while the scenario finds no identity-based policy allows it.',
    );
    const present = compareWithAws(
      boundaryImplicit,
      evaluate({ identity: [allow('ec2:*')], boundary: allow('*') }),
    );
    expect(present.code).toBe('different-layer');
    expect(present.sentence).toContain("the scenario's permissions boundary does not deny it");
  });

  it('AWS gave no details: only the denial itself can be compared', () => {
    const result = evaluate({ identity: [allow('ec2:*')] });
    expect(compareWithAws({ decision: null, layer: null }, result)).toMatchObject({
      code: 'no-details',
      agrees: null,
    });
    expect(
      compareWithAws({ decision: null, layer: null }, evaluate({ identity: [allow('*')] })),
    ).toMatchObject({
      code: 'scenario-allows',
      agrees: false,
    });
    expect(compareWithAws({ decision: 'ImplicitDeny', layer: null }, result)).toMatchObject({
      code: 'agrees',
      agrees: true,
    });
    expect(compareWithAws({ decision: 'ExplicitDeny', layer: null }, result)).toMatchObject({
      code: 'decision-differs',
      agrees: false,
    });
  });

  it("KMS's message (no decision) agrees with any resource-layer denial", () => {
    const scenario = parseScenario({
      ...baseScenario(),
      identityPolicies: [{ name: 'i', document: allow('*') }],
      resourcePolicy: {
        name: 'key',
        kind: 'kms-key',
        document: doc({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::999999999999:root' },
          Action: 'kms:*',
          Resource: '*',
        }),
      },
    }).scenario as Scenario;
    const result = evaluateRequest(compileScenario(scenario), {
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:123456789012:key/k',
      context: {},
    });
    expect(result.deniedBy).toBe('resource');
    const comparison = compareWithAws(
      { decision: null, layer: 'resource', resourcePolicyKind: 'kms-key' },
      result,
    );
    expect(comparison).toMatchObject({ code: 'agrees', agrees: true });
  });
});

function baseScenario() {
  return {
    version: 1,
    principal: 'arn:aws:iam::123456789012:user/alice',
    identityPolicies: [{ name: 'i', document: allow('*') }],
    permissionsBoundary: null,
    sessionPolicy: null,
    resourcePolicy: null,
    vpcEndpointPolicy: null,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    requests: [],
  };
}
