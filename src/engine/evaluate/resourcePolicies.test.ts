import { describe, expect, it } from 'vitest';
import type { ResourcePolicy, Scenario } from '../types';
import { ACCOUNT, ARNS, OTHER_ACCOUNT, policy, request, run, stmt } from './testkit';

const bucketPolicy = (principal: unknown, extra: Record<string, unknown> = {}): ResourcePolicy => ({
  ...policy('bucket', stmt('Allow', 's3:GetObject', `${ARNS.bucket}/*`, { Principal: principal, ...extra })),
  kind: 'resource',
});
const allowS3 = policy('s3', stmt('Allow', 's3:*'));
const onlyEc2 = policy('ec2-only', stmt('Allow', 'ec2:*'));
const get = request('s3:GetObject', ARNS.object);

describe('resource-based policies × principal type, same account (docs/iam-semantics.md §3.4)', () => {
  const rows: [string, Partial<Scenario>, 'Allowed' | 'boundary' | 'session' | 'identity'][] = [
    ['user ARN, no identity policy', { resourcePolicy: bucketPolicy({ AWS: ARNS.user }) }, 'Allowed'],
    [
      'user ARN, boundary allows nothing relevant',
      { resourcePolicy: bucketPolicy({ AWS: ARNS.user }), permissionsBoundary: onlyEc2 },
      'Allowed',
    ],
    [
      'role ARN, no identity policy',
      { principal: ARNS.session, resourcePolicy: bucketPolicy({ AWS: ARNS.role }) },
      'Allowed',
    ],
    [
      'role ARN is limited by the boundary',
      {
        principal: ARNS.session,
        resourcePolicy: bucketPolicy({ AWS: ARNS.role }),
        permissionsBoundary: onlyEc2,
      },
      'boundary',
    ],
    [
      'role ARN is limited by the session policy',
      { principal: ARNS.session, resourcePolicy: bucketPolicy({ AWS: ARNS.role }), sessionPolicy: onlyEc2 },
      'session',
    ],
    [
      'role ARN in Principal with an aws:PrincipalArn condition is still a role grant',
      {
        principal: ARNS.session,
        resourcePolicy: bucketPolicy(
          { AWS: ARNS.role },
          { Condition: { ArnEquals: { 'aws:PrincipalArn': ARNS.role } } },
        ),
        permissionsBoundary: onlyEc2,
      },
      'boundary',
    ],
    [
      'session ARN ignores boundary and session policy',
      {
        principal: ARNS.session,
        resourcePolicy: bucketPolicy({ AWS: ARNS.session }),
        permissionsBoundary: onlyEc2,
        sessionPolicy: onlyEc2,
      },
      'Allowed',
    ],
    [
      '"*" with aws:PrincipalArn naming the role ignores boundary and session policy',
      {
        principal: ARNS.session,
        resourcePolicy: bucketPolicy('*', { Condition: { ArnEquals: { 'aws:PrincipalArn': ARNS.role } } }),
        permissionsBoundary: onlyEc2,
        sessionPolicy: onlyEc2,
      },
      'Allowed',
    ],
    [
      'federated-user ARN, no session policy',
      { principal: ARNS.federated, resourcePolicy: bucketPolicy({ AWS: ARNS.federated }) },
      'Allowed',
    ],
    [
      'parent user ARN of a federated user, session policy allows',
      {
        principal: ARNS.federated,
        sessionIssuer: ARNS.user,
        resourcePolicy: bucketPolicy({ AWS: ARNS.user }),
        sessionPolicy: allowS3,
      },
      'Allowed',
    ],
    [
      'parent user ARN is limited by the session policy',
      {
        principal: ARNS.federated,
        sessionIssuer: ARNS.user,
        resourcePolicy: bucketPolicy({ AWS: ARNS.user }),
        sessionPolicy: onlyEc2,
      },
      'session',
    ],
    [
      'parent user ARN is limited by the boundary',
      {
        principal: ARNS.federated,
        sessionIssuer: ARNS.user,
        resourcePolicy: bucketPolicy({ AWS: ARNS.user }),
        sessionPolicy: allowS3,
        permissionsBoundary: onlyEc2,
      },
      'boundary',
    ],
    ['account id needs an identity policy', { resourcePolicy: bucketPolicy({ AWS: ACCOUNT }) }, 'identity'],
    [
      'account root ARN with an identity policy',
      { resourcePolicy: bucketPolicy({ AWS: ARNS.root }), identityPolicies: [allowS3] },
      'Allowed',
    ],
    [
      'account grant is limited by the boundary',
      {
        resourcePolicy: bucketPolicy({ AWS: ACCOUNT }),
        identityPolicies: [allowS3],
        permissionsBoundary: onlyEc2,
      },
      'boundary',
    ],
    ['bare "*" without identity policy', { resourcePolicy: bucketPolicy('*') }, 'Allowed'],
    [
      'bare "*" with a boundary (documented choice: not limited)',
      { resourcePolicy: bucketPolicy('*'), permissionsBoundary: onlyEc2 },
      'Allowed',
    ],
    [
      'a policy naming someone else grants nothing',
      { resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }) },
      'identity',
    ],
  ];

  it.each(rows)('%s', (_name, parts, expected) => {
    const result = run(parts, get);
    if (expected === 'Allowed') expect(result.decision).toBe('Allowed');
    else
      expect({ decision: result.decision, deniedBy: result.deniedBy }).toEqual({
        decision: 'ImplicitDeny',
        deniedBy: expected,
      });
  });

  it('says the resource policy allowed when identity did not', () => {
    expect(run({ resourcePolicy: bucketPolicy({ AWS: ARNS.user }) }, get).allowedBy).toBe('resource-policy');
    expect(
      run({ resourcePolicy: bucketPolicy({ AWS: ARNS.user }), identityPolicies: [allowS3] }, get).allowedBy,
    ).toBe('identity-and-resource-policy');
  });

  it('does not list identity as failing when a grant bypasses it', () => {
    const result = run(
      {
        principal: ARNS.session,
        resourcePolicy: bucketPolicy({ AWS: ARNS.role }),
        permissionsBoundary: onlyEc2,
      },
      get,
    );
    expect(result.deniedByAll).toEqual(['boundary']);
  });

  it('reports principal-not-listed for a statement naming someone else', () => {
    const result = run({ resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }) }, get);
    expect(result.trace.find((p) => p.layer === 'resource')?.statements[0]?.reason).toEqual({
      code: 'principal-not-listed',
    });
  });
});

describe('NotPrincipal (docs/iam-semantics.md §3.5)', () => {
  const denyAllBut = (...listed: string[]): ResourcePolicy => ({
    ...policy(
      'bucket',
      stmt('Allow', 's3:*', '*', { Principal: { AWS: ARNS.user } }),
      stmt('Deny', 's3:*', '*', { NotPrincipal: { AWS: listed } }),
    ),
    kind: 'resource',
  });

  it('spares a caller listed with its account', () => {
    expect(run({ resourcePolicy: denyAllBut(ARNS.user, ARNS.root) }, get).decision).toBe('Allowed');
  });

  it('denies a caller whose account is not listed too (documented choice)', () => {
    const result = run({ resourcePolicy: denyAllBut(ARNS.user) }, get);
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.deniedBy).toBe('resource');
  });

  it('reports principal-excluded on the spared statement', () => {
    const result = run({ resourcePolicy: denyAllBut(ARNS.user, ARNS.root) }, get);
    expect(result.trace[0]?.statements[1]?.reason).toEqual({ code: 'principal-excluded', value: ARNS.user });
  });

  it('needs account, role and session listed to spare a role session', () => {
    const sessionBucket = (...listed: string[]): ResourcePolicy => ({
      ...policy(
        'bucket',
        stmt('Allow', 's3:*', '*', { Principal: { AWS: ARNS.session } }),
        stmt('Deny', 's3:*', '*', { NotPrincipal: { AWS: listed } }),
      ),
      kind: 'resource',
    });
    const parts = { principal: ARNS.session };
    expect(
      run({ ...parts, resourcePolicy: sessionBucket(ARNS.root, ARNS.role, ARNS.session) }, get).decision,
    ).toBe('Allowed');
    expect(run({ ...parts, resourcePolicy: sessionBucket(ARNS.root, ARNS.session) }, get).decision).toBe(
      'ExplicitDeny',
    );
  });

  it('with Allow, grants everyone but a listed caller, even without its account', () => {
    const allowAllBut = (listed: string): ResourcePolicy => ({
      ...policy('bucket', stmt('Allow', 's3:*', '*', { NotPrincipal: { AWS: listed } })),
      kind: 'resource',
    });
    expect(run({ resourcePolicy: allowAllBut(`arn:aws:iam::${ACCOUNT}:user/Bob`) }, get).allowedBy).toBe(
      'resource-policy',
    );
    const spared = run({ resourcePolicy: allowAllBut(ARNS.user) }, get);
    expect(spared.deniedBy).toBe('identity');
    expect(spared.trace[0]?.statements[0]?.reason).toEqual({ code: 'principal-excluded', value: ARNS.user });
  });

  it('denies any caller that has a permissions boundary, whatever the list says', () => {
    const result = run(
      {
        resourcePolicy: denyAllBut(ARNS.user, ARNS.root),
        permissionsBoundary: policy('b', stmt('Allow', '*')),
      },
      get,
    );
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.deniedBy).toBe('resource');
    expect(result.message).toContain('with an explicit deny in a resource-based policy');
  });
});

describe('KMS key policies (docs/iam-semantics.md §3.6)', () => {
  const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd`;
  const keyPolicy = (principal: unknown): ResourcePolicy => ({
    ...policy('key', stmt('Allow', 'kms:*', '*', { Principal: { AWS: principal } })),
    kind: 'kms-key',
  });
  const decrypt = request('kms:Decrypt', key);
  const allowKms = policy('kms', stmt('Allow', 'kms:*'));

  it('denies in the same account when the key policy names neither the caller nor its account', () => {
    const result = run(
      { identityPolicies: [allowKms], resourcePolicy: keyPolicy(`arn:aws:iam::${ACCOUNT}:user/Bob`) },
      decrypt,
    );
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.deniedBy).toBe('resource');
    expect(result.message).toBe(
      `User: ${ARNS.user} is not authorized to perform: kms:Decrypt on this resource because the resource does not ` +
        'exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access',
    );
  });

  it('delegates to IAM policies when the key policy allows the account', () => {
    expect(
      run({ identityPolicies: [allowKms], resourcePolicy: keyPolicy(ARNS.root) }, decrypt).decision,
    ).toBe('Allowed');
    expect(run({ resourcePolicy: keyPolicy(ARNS.root) }, decrypt).deniedBy).toBe('identity');
  });

  it('allows a caller the key policy names directly', () => {
    expect(run({ resourcePolicy: keyPolicy(ARNS.user) }, decrypt).allowedBy).toBe('resource-policy');
  });

  it('takes no part in requests for other services', () => {
    const result = run(
      { identityPolicies: [policy('s3', stmt('Allow', 's3:*'))], resourcePolicy: keyPolicy(ARNS.root) },
      get,
    );
    expect(result.decision).toBe('Allowed');
    expect(result.trace.some((p) => p.layer === 'resource')).toBe(false);
  });
});

describe('role trust policies (docs/iam-semantics.md §3.6)', () => {
  const target = `arn:aws:iam::${ACCOUNT}:role/Target`;
  const trust = (principal: unknown, effect: 'Allow' | 'Deny' = 'Allow'): ResourcePolicy => ({
    ...policy('trust', stmt(effect, 'sts:AssumeRole', null, { Principal: { AWS: principal } })),
    kind: 'role-trust',
  });
  const assume = request('sts:AssumeRole', target);
  const allowAssume = policy('assume', stmt('Allow', 'sts:AssumeRole', target));

  it('needs the trust policy and the identity policy when it trusts the account', () => {
    expect(run({ identityPolicies: [allowAssume], resourcePolicy: trust(ACCOUNT) }, assume).decision).toBe(
      'Allowed',
    );
    expect(run({ resourcePolicy: trust(ACCOUNT) }, assume).deniedBy).toBe('identity');
  });

  it('denies with the role trust wording when the trust policy does not name the caller', () => {
    const result = run(
      { identityPolicies: [allowAssume], resourcePolicy: trust(`arn:aws:iam::${ACCOUNT}:user/Bob`) },
      assume,
    );
    expect(result.message).toBe(
      `User: ${ARNS.user} is not authorized to perform: sts:AssumeRole on resource: ${target} because no role trust ` +
        'policy allows the sts:AssumeRole action',
    );
  });

  it('uses "the role trust policy" for an explicit deny', () => {
    const result = run({ identityPolicies: [allowAssume], resourcePolicy: trust(ARNS.user, 'Deny') }, assume);
    expect(result.message).toMatch(/with an explicit deny in the role trust policy$/);
  });

  it('needs no identity policy when it names the user directly', () => {
    expect(run({ resourcePolicy: trust(ARNS.user) }, assume).decision).toBe('Allowed');
  });
});

describe('cross-account requests (docs/iam-semantics.md §3.7)', () => {
  const queue = `arn:aws:sqs:us-east-1:${OTHER_ACCOUNT}:jobs`;
  const queuePolicy = (principal: unknown): ResourcePolicy => ({
    ...policy('queue', stmt('Allow', 'sqs:SendMessage', queue, { Principal: { AWS: principal } })),
    kind: 'resource',
  });
  const send = request('sqs:SendMessage', queue);
  const allowSqs = policy('sqs', stmt('Allow', 'sqs:*'));

  it('needs the resource policy: identity alone is not enough', () => {
    const result = run({ identityPolicies: [allowSqs] }, send);
    expect({ decision: result.decision, deniedBy: result.deniedBy }).toEqual({
      decision: 'ImplicitDeny',
      deniedBy: 'resource',
    });
  });

  it('needs the identity policy: a grant to the user ARN alone is not enough', () => {
    expect(run({ resourcePolicy: queuePolicy(ARNS.user) }, send).deniedByAll).toEqual(['identity']);
  });

  it('allows when both sides allow, by account or by ARN', () => {
    expect(run({ identityPolicies: [allowSqs], resourcePolicy: queuePolicy(ACCOUNT) }, send).decision).toBe(
      'Allowed',
    );
    expect(
      run({ identityPolicies: [allowSqs], resourcePolicy: queuePolicy(ARNS.user) }, send).allowedBy,
    ).toBe('identity-and-resource-policy');
  });

  it('keeps boundary and session policy on the caller side, even for a session grant', () => {
    const parts = {
      principal: ARNS.session,
      identityPolicies: [allowSqs],
      resourcePolicy: queuePolicy(ARNS.session),
      sessionPolicy: policy('s3-only', stmt('Allow', 's3:*')),
    };
    expect(run(parts, send).deniedBy).toBe('session');
  });

  it('lists both failing sides, the resource first', () => {
    expect(run({}, send).deniedByAll).toEqual(['resource', 'identity']);
  });

  it('takes the account from resourceAccount when the ARN has none', () => {
    const other = request('s3:GetObject', ARNS.object, { resourceAccount: OTHER_ACCOUNT });
    expect(run({ identityPolicies: [allowS3] }, other).deniedBy).toBe('resource');
    expect(run({ identityPolicies: [allowS3] }, get).decision).toBe('Allowed');
  });

  it('lets resourceAccount override the ARN account', () => {
    const same = request('sqs:SendMessage', queue, { resourceAccount: ACCOUNT });
    expect(run({ identityPolicies: [allowSqs] }, same).decision).toBe('Allowed');
  });
});
