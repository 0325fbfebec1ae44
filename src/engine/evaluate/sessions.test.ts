import { describe, expect, it } from 'vitest';
import { ARNS, policy, request, run, stmt } from './testkit';

const admin = [policy('admin', stmt('Allow', '*'))];
const s3Only = policy('s3-only', stmt('Allow', 's3:*'));

describe('session policies of role sessions', () => {
  it('do not limit a session that has none', () => {
    expect(
      run({ principal: ARNS.session, identityPolicies: admin }, request('ec2:RunInstances')).decision,
    ).toBe('Allowed');
  });

  it('limit identity permissions to what they allow', () => {
    const parts = { principal: ARNS.session, identityPolicies: admin, sessionPolicy: s3Only };
    expect(run(parts, request('s3:GetObject')).decision).toBe('Allowed');
    const denied = run(parts, request('ec2:RunInstances'));
    expect({ decision: denied.decision, deniedBy: denied.deniedBy }).toEqual({
      decision: 'ImplicitDeny',
      deniedBy: 'session',
    });
    expect(denied.message).toBe(
      `User: ${ARNS.session} is not authorized to perform: ec2:RunInstances because no session policy allows the ` +
        'ec2:RunInstances action',
    );
  });

  it('do not grant on their own', () => {
    expect(
      run({ principal: ARNS.session, sessionPolicy: s3Only }, request('s3:GetObject')).deniedByAll,
    ).toEqual(['identity']);
  });

  it('list identity, boundary and session gaps together', () => {
    const result = run(
      {
        principal: ARNS.session,
        permissionsBoundary: policy('b', stmt('Allow', 'ec2:*')),
        sessionPolicy: s3Only,
      },
      request('iam:ListUsers'),
    );
    expect(result.deniedByAll).toEqual(['identity', 'boundary', 'session']);
  });
});

describe('federated-user sessions (GetFederationToken)', () => {
  it('have no permissions without a session policy', () => {
    const result = run({ principal: ARNS.federated, identityPolicies: admin }, request('s3:GetObject'));
    expect({ decision: result.decision, deniedBy: result.deniedBy }).toEqual({
      decision: 'ImplicitDeny',
      deniedBy: 'session',
    });
    expect(result.message).toContain(`User: ${ARNS.federated} is not authorized`);
  });

  it('get the intersection of the parent user policies and the session policy', () => {
    const parts = { principal: ARNS.federated, identityPolicies: admin, sessionPolicy: s3Only };
    expect(run(parts, request('s3:GetObject')).decision).toBe('Allowed');
    expect(run(parts, request('ec2:RunInstances')).deniedBy).toBe('session');
  });
});

describe('the root user', () => {
  it('is allowed in its own account without policies', () => {
    const result = run({ principal: ARNS.root }, request('iam:CreateUser'));
    expect(result).toMatchObject({ decision: 'Allowed', allowedBy: 'root-user' });
  });

  it('ignores identity policies and a boundary, which cannot be attached to root', () => {
    const result = run(
      {
        principal: ARNS.root,
        identityPolicies: [policy('deny-all', stmt('Deny', '*'))],
        permissionsBoundary: policy('b', stmt('Allow', 'ec2:*')),
      },
      request('s3:GetObject'),
    );
    expect(result.decision).toBe('Allowed');
    expect(result.trace).toEqual([]);
  });

  it('is still subject to an explicit deny in a resource policy', () => {
    const result = run(
      {
        principal: ARNS.root,
        resourcePolicy: { ...policy('b', stmt('Deny', 's3:*', '*', { Principal: '*' })), kind: 'resource' },
      },
      request('s3:DeleteBucket', ARNS.bucket),
    );
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.message).toBe(
      `User: ${ARNS.root} is not authorized to perform: s3:DeleteBucket on resource: ${ARNS.bucket} with an explicit ` +
        'deny in a resource-based policy',
    );
  });

  it('needs a resource policy grant in another account', () => {
    const queue = 'arn:aws:sqs:us-east-1:444455556666:jobs';
    expect(run({ principal: ARNS.root }, request('sqs:SendMessage', queue)).deniedBy).toBe('resource');
  });
});

describe('sts:GetCallerIdentity', () => {
  it('is allowed even under an explicit deny, whatever its case', () => {
    const parts = {
      identityPolicies: [policy('deny', stmt('Deny', '*'))],
      serviceControlPolicies: [{ target: 'Root', policies: [] }],
    };
    for (const action of ['sts:GetCallerIdentity', 'STS:getcalleridentity']) {
      const result = run(parts, request(action));
      expect(result).toMatchObject({
        decision: 'Allowed',
        allowedBy: 'always-allowed',
        deniedBy: null,
        message: null,
      });
    }
  });

  it('still reports the trace', () => {
    const result = run(
      { identityPolicies: [policy('deny', stmt('Deny', '*'))] },
      request('sts:GetCallerIdentity'),
    );
    expect(result.trace[0]?.statements[0]?.matched).toBe(true);
  });
});
