import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/compile';
import type { MismatchReason, PolicyTrace } from '../types';
import { evaluateRequest } from './evaluateRequest';
import { ACCOUNT, ARNS, policy, request, run, scenario, stmt } from './testkit';

const EXAMPLE = scenario({
  principal: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
  identityPolicies: [policy('AdministratorAccess', stmt('Allow', '*', '*'))],
  permissionsBoundary: policy('ec2-boundary', stmt('Allow', 'ec2:*', '*')),
});

function firstReason(trace: readonly PolicyTrace[], policyName: string, index = 0): MismatchReason | null {
  const statement = trace.find((p) => p.policyName === policyName)?.statements[index];
  if (statement === undefined) throw new Error(`no statement ${index} in ${policyName}`);
  return statement.reason;
}

describe('evaluateRequest: the founding example', () => {
  const compiled = compileScenario(EXAMPLE);

  it('allows ec2:DescribeInstances', () => {
    const result = evaluateRequest(compiled, request('ec2:DescribeInstances'));
    expect(result).toMatchObject({
      decision: 'Allowed',
      deniedBy: null,
      message: null,
      allowedBy: 'identity',
    });
  });

  it('denies s3:ListAllMyBuckets at the boundary with the exact AWS message', () => {
    const result = evaluateRequest(compiled, request('s3:ListAllMyBuckets'));
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.deniedBy).toBe('boundary');
    expect(result.deniedByAll).toEqual(['boundary']);
    expect(result.message).toBe(
      'User: arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession is not authorized to ' +
        'perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action',
    );
  });
});

describe('evaluateRequest: explicit deny', () => {
  const allowAll = policy('allow-all', stmt('Allow', '*'));
  const denyS3 = (name: string) => policy(name, stmt('Deny', 's3:*'));
  const cases = [
    ['identity', { identityPolicies: [allowAll, denyS3('deny')] }],
    ['boundary', { identityPolicies: [allowAll], permissionsBoundary: denyS3('deny') }],
    [
      'session',
      {
        principal: ARNS.session,
        identityPolicies: [allowAll],
        sessionPolicy: policy('session', stmt('Allow', '*'), stmt('Deny', 's3:*')),
      },
    ],
    [
      'resource',
      {
        identityPolicies: [allowAll],
        resourcePolicy: {
          ...policy('bucket', stmt('Deny', 's3:*', '*', { Principal: '*' })),
          kind: 'resource' as const,
        },
      },
    ],
    [
      'scp',
      {
        identityPolicies: [allowAll],
        serviceControlPolicies: [{ target: 'Root', policies: [allowAll, denyS3('deny')] }],
      },
    ],
    [
      'rcp',
      {
        identityPolicies: [allowAll],
        resourceControlPolicies: [
          {
            target: 'Root',
            policies: [
              policy(
                'rcp',
                stmt('Allow', '*', '*', { Principal: '*' }),
                stmt('Deny', 's3:*', '*', { Principal: '*' }),
              ),
            ],
          },
        ],
      },
    ],
  ] as const;

  it.each(cases)('a Deny in the %s layer wins over every Allow', (layer, parts) => {
    const result = run(parts, request('s3:GetObject', ARNS.object));
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.deniedBy).toBe(layer);
    expect(result.deniedByAll).toEqual([layer]);
    expect(result.message).toMatch(/ with an explicit deny in (a|an) /);
  });

  it('lists every layer with a matching Deny, in the documented order', () => {
    const result = run(
      {
        identityPolicies: [allowAll, denyS3('id-deny')],
        permissionsBoundary: policy('b', stmt('Allow', '*'), stmt('Deny', 's3:*')),
        serviceControlPolicies: [{ target: 'Root', policies: [denyS3('scp-deny')] }],
      },
      request('s3:GetObject'),
    );
    expect(result.deniedByAll).toEqual(['scp', 'identity', 'boundary']);
    expect(result.message).toContain('with an explicit deny in a service control policy');
  });

  it('does not deny when the Deny statement does not match the action', () => {
    expect(run({ identityPolicies: [allowAll, denyS3('deny')] }, request('ec2:RunInstances')).decision).toBe(
      'Allowed',
    );
  });
});

describe('evaluateRequest: trace', () => {
  it('reports every statement of every applicable policy with its first mismatch', () => {
    const result = run(
      {
        identityPolicies: [
          policy(
            'p',
            stmt('Allow', 'ec2:*', 'arn:aws:s3:::other'),
            stmt('Allow', 's3:GetObject', 'arn:aws:s3:::other/*'),
            stmt('Allow', { toString: () => '' } as never),
            stmt('Allow', null, '*', { NotAction: 's3:*' }),
            stmt('Allow', 's3:*', null, { NotResource: 'arn:aws:s3:::example-bucket/*' }),
            stmt('Allow', 's3:*', 'arn:aws:s3:::${aws:PrincipalTag/team}/*'),
            stmt('Allow', 's3:*', '*', { Condition: { StringEquals: { 's3:prefix': ['home/', 'work/'] } } }),
            stmt('Allow', 's3:*', '*'),
          ),
        ],
      },
      request('s3:GetObject', ARNS.object),
    );
    const reasons = result.trace[0]?.statements.map((s) => s.reason);
    expect(reasons).toEqual([
      { code: 'action-not-listed' }, // the action is checked before the (also wrong) resource
      { code: 'resource-not-listed' },
      { code: 'statement-invalid' },
      { code: 'action-excluded', pattern: 's3:*' },
      { code: 'resource-excluded', pattern: 'arn:aws:s3:::example-bucket/*' },
      { code: 'resource-variable-missing', key: 'aws:PrincipalTag/team' },
      {
        code: 'condition-failed',
        operator: 'StringEquals',
        key: 's3:prefix',
        policyValues: ['home/', 'work/'],
        requestValues: null,
      },
      null,
    ]);
    expect(result.trace[0]?.statements.map((s) => s.matched)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(result.decision).toBe('Allowed');
  });

  it('gives each statement the range of its text', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    const result = run({ identityPolicies: [{ name: 'p', document: text }] }, request('s3:GetObject'));
    const range = result.trace[0]?.statements[0]?.range;
    expect(range && text.slice(range.start.offset, range.end.offset)).toBe(
      '{"Effect":"Allow","Action":"s3:*","Resource":"*"}',
    );
  });

  it('treats a statement with errors as inert', () => {
    const result = run(
      { identityPolicies: [policy('p', stmt('allow' as 'Allow', 's3:*'))] },
      request('s3:GetObject'),
    );
    expect(result.decision).toBe('ImplicitDeny');
    expect(firstReason(result.trace, 'p')).toEqual({ code: 'statement-invalid' });
  });

  it('reports the failing condition with the request values', () => {
    const result = run(
      {
        identityPolicies: [
          policy(
            'p',
            stmt('Allow', 's3:*', '*', {
              Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
            }),
          ),
        ],
      },
      request('s3:GetObject', '*', { context: { 'aws:RequestedRegion': 'us-east-1' } }),
    );
    expect(firstReason(result.trace, 'p')).toMatchObject({
      code: 'condition-failed',
      requestValues: ['us-east-1'],
    });
  });

  it('traces policies in layer order, SCPs with their level', () => {
    const result = run(
      {
        identityPolicies: [policy('id', stmt('Allow', '*'))],
        serviceControlPolicies: [
          { target: 'Root', policies: [policy('FullAWSAccess', stmt('Allow', '*'))] },
          {
            target: 'ou-prod',
            policies: [policy('a', stmt('Allow', 's3:*')), policy('b', stmt('Allow', 'ec2:*'))],
          },
        ],
      },
      request('s3:GetObject'),
    );
    expect(result.trace.map((p) => [p.layer, p.policyName, p.level, p.policyIndex])).toEqual([
      ['scp', 'FullAWSAccess', 'Root', 0],
      ['scp', 'a', 'ou-prod', 0],
      ['scp', 'b', 'ou-prod', 1],
      ['identity', 'id', undefined, 0],
    ]);
  });

  it('can skip the trace for bulk analysis without changing the decision', () => {
    const compiled = compileScenario(EXAMPLE);
    const req = request('s3:ListAllMyBuckets');
    const full = evaluateRequest(compiled, req);
    const lean = evaluateRequest(compiled, req, { trace: false });
    expect(lean.trace).toEqual([]);
    expect({ ...lean, trace: full.trace }).toEqual(full);
  });
});

describe('evaluateRequest: context', () => {
  const tagged = (key: string, value: string) =>
    policy('p', stmt('Allow', 's3:*', '*', { Condition: { StringEquals: { [key]: value } } }));

  it('derives aws:username for IAM users (usable as a variable)', () => {
    const p = policy('p', stmt('Allow', 's3:GetObject', 'arn:aws:s3:::home/${aws:username}/*'));
    expect(
      run({ identityPolicies: [p] }, request('s3:GetObject', 'arn:aws:s3:::home/Alice/a')).decision,
    ).toBe('Allowed');
    expect(run({ identityPolicies: [p] }, request('s3:GetObject', 'arn:aws:s3:::home/Bob/a')).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('has no aws:username for role sessions', () => {
    const p = policy('p', stmt('Allow', 's3:GetObject', 'arn:aws:s3:::home/${aws:username}/*'));
    const result = run(
      { principal: ARNS.session, identityPolicies: [p] },
      request('s3:GetObject', 'arn:aws:s3:::home/Dev/a'),
    );
    expect(firstReason(result.trace, 'p')).toEqual({
      code: 'resource-variable-missing',
      key: 'aws:username',
    });
    expect(result.missingContextKeys).toEqual(['aws:username']);
  });

  it('gives a role session the role ARN as aws:PrincipalArn', () => {
    const p = policy(
      'p',
      stmt('Allow', 's3:*', '*', { Condition: { ArnEquals: { 'aws:PrincipalArn': ARNS.role } } }),
    );
    expect(run({ principal: ARNS.session, identityPolicies: [p] }, request('s3:GetObject')).decision).toBe(
      'Allowed',
    );
  });

  it.each([
    [ARNS.user, 'User'],
    [ARNS.session, 'AssumedRole'],
    [ARNS.federated, 'FederatedUser'],
  ])('derives aws:PrincipalType and aws:PrincipalAccount for %s', (principal, type) => {
    const sessionPolicy = principal === ARNS.federated ? policy('s', stmt('Allow', '*')) : null;
    const parts = { principal, sessionPolicy };
    expect(
      run({ ...parts, identityPolicies: [tagged('aws:PrincipalType', type)] }, request('s3:GetObject'))
        .decision,
    ).toBe('Allowed');
    expect(
      run({ ...parts, identityPolicies: [tagged('aws:PrincipalAccount', ACCOUNT)] }, request('s3:GetObject'))
        .decision,
    ).toBe('Allowed');
  });

  it('lets request values override derived ones, whatever the key case', () => {
    const p = tagged('aws:username', 'Mallory');
    expect(run({ identityPolicies: [p] }, request('s3:GetObject')).decision).toBe('ImplicitDeny');
    expect(
      run({ identityPolicies: [p] }, request('s3:GetObject', '*', { context: { 'AWS:UserName': 'Mallory' } }))
        .decision,
    ).toBe('Allowed');
  });

  it('treats an array value as multivalued', () => {
    const p = policy(
      'p',
      stmt('Allow', 's3:*', '*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } } }),
    );
    const req = request('s3:PutObject', '*', { context: { 'aws:TagKeys': ['cost', 'team'] } });
    expect(run({ identityPolicies: [p] }, req).decision).toBe('Allowed');
  });
});

describe('evaluateRequest: missingContextKeys', () => {
  const mfa = {
    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, StringEquals: { 'AWS:SourceVpc': 'vpc-1' } },
  };

  it('lists condition keys the request lacks, lower-cased and once', () => {
    const result = run(
      { identityPolicies: [policy('p', stmt('Allow', 's3:*', '*', mfa), stmt('Deny', 's3:*', '*', mfa))] },
      request('s3:GetObject'),
    );
    expect(result.missingContextKeys).toEqual(['aws:multifactorauthpresent', 'aws:sourcevpc']);
  });

  it('ignores statements whose action, resource or principal did not match', () => {
    const result = run(
      {
        identityPolicies: [
          policy('p', stmt('Allow', 'ec2:*', '*', mfa), stmt('Allow', 's3:*', 'arn:aws:s3:::x', mfa)),
        ],
      },
      request('s3:GetObject', ARNS.object),
    );
    expect(result.missingContextKeys).toEqual([]);
  });

  it('does not list keys the request gives or the caller implies', () => {
    const result = run(
      {
        identityPolicies: [
          policy(
            'p',
            stmt('Allow', 's3:*', '*', {
              Condition: { StringEquals: { 'aws:PrincipalArn': ARNS.user, 'aws:SourceVpc': 'v' } },
            }),
          ),
        ],
      },
      request('s3:GetObject', '*', { context: { 'aws:sourcevpc': 'v' } }),
    );
    expect(result.missingContextKeys).toEqual([]);
    expect(result.decision).toBe('Allowed');
  });
});
