import { describe, expect, it } from 'vitest';
import type { OrgPolicyLevel } from '../types';
import { ACCOUNT, ARNS, OTHER_ACCOUNT, policy, request, run, stmt } from './testkit';

const full = policy('FullAWSAccess', stmt('Allow', '*'));
const admin = [policy('admin', stmt('Allow', '*'))];

describe('service control policies', () => {
  const levels = (ou: OrgPolicyLevel['policies']): OrgPolicyLevel[] => [
    { target: 'Root', policies: [full] },
    { target: 'ou-prod', policies: ou },
    { target: 'Account', policies: [full] },
  ];

  it('needs an Allow at every level from the root to the account', () => {
    const scps = levels([policy('s3-only', stmt('Allow', 's3:*'))]);
    expect(
      run({ identityPolicies: admin, serviceControlPolicies: scps }, request('s3:GetObject')).decision,
    ).toBe('Allowed');
    const denied = run(
      { identityPolicies: admin, serviceControlPolicies: scps },
      request('ec2:RunInstances'),
    );
    expect({ decision: denied.decision, deniedBy: denied.deniedBy }).toEqual({
      decision: 'ImplicitDeny',
      deniedBy: 'scp',
    });
    expect(denied.message).toBe(
      `User: ${ARNS.user} is not authorized to perform: ec2:RunInstances because no service control policy allows ` +
        'the ec2:RunInstances action',
    );
  });

  it('treats a level with no policies as allowing nothing (documented choice)', () => {
    expect(
      run({ identityPolicies: admin, serviceControlPolicies: levels([]) }, request('s3:GetObject')).deniedBy,
    ).toBe('scp');
  });

  it('does not grant: identity policies are still needed', () => {
    expect(run({ serviceControlPolicies: levels([full]) }, request('s3:GetObject')).deniedByAll).toEqual([
      'identity',
    ]);
  });

  it('reports the SCP gap together with the identity gap', () => {
    const result = run({ serviceControlPolicies: levels([]) }, request('s3:GetObject'));
    expect(result.deniedByAll).toEqual(['scp', 'identity']);
  });

  it('limits a direct resource-policy grant', () => {
    const result = run(
      {
        serviceControlPolicies: levels([policy('ec2', stmt('Allow', 'ec2:*'))]),
        resourcePolicy: {
          ...policy('b', stmt('Allow', 's3:*', '*', { Principal: { AWS: ARNS.user } })),
          kind: 'resource',
        },
      },
      request('s3:GetObject', ARNS.object),
    );
    expect(result.deniedByAll).toEqual(['scp']);
  });

  it('applies to the root user of a member account', () => {
    const result = run(
      {
        principal: ARNS.root,
        serviceControlPolicies: levels([policy('deny-s3', stmt('Allow', '*'), stmt('Deny', 's3:*'))]),
      },
      request('s3:GetObject'),
    );
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.message).toBe(
      `User: ${ARNS.root} is not authorized to perform: s3:GetObject with an explicit deny in a service control policy`,
    );
  });

  it('evaluates conditions against derived keys', () => {
    const guard = policy(
      'guard',
      stmt('Allow', '*'),
      stmt('Deny', '*', '*', { Condition: { StringNotEquals: { 'aws:PrincipalAccount': OTHER_ACCOUNT } } }),
    );
    const result = run(
      { identityPolicies: admin, serviceControlPolicies: [{ target: 'Root', policies: [guard] }] },
      request('s3:GetObject'),
    );
    expect(result.deniedBy).toBe('scp');
    expect(ACCOUNT).not.toBe(OTHER_ACCOUNT);
  });
});

describe('resource control policies', () => {
  const rcpFull = policy('RCPFullAWSAccess', stmt('Allow', '*', '*', { Principal: '*' }));
  const denyInsecure = policy(
    'deny-insecure',
    stmt('Deny', 's3:*', '*', { Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
  );
  const rcps: OrgPolicyLevel[] = [{ target: 'Root', policies: [rcpFull, denyInsecure] }];

  it('denies explicitly with the RCP wording', () => {
    const req = request('s3:GetObject', ARNS.object, { context: { 'aws:SecureTransport': 'false' } });
    const result = run({ identityPolicies: admin, resourceControlPolicies: rcps }, req);
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.message).toBe(
      `User: ${ARNS.user} is not authorized to perform: s3:GetObject on resource: ${ARNS.object} with an explicit ` +
        'deny in a resource control policy',
    );
  });

  it('allows when the RCP condition does not hold', () => {
    const req = request('s3:GetObject', ARNS.object, { context: { 'aws:SecureTransport': 'true' } });
    expect(run({ identityPolicies: admin, resourceControlPolicies: rcps }, req).decision).toBe('Allowed');
  });

  it('does not grant: RCPFullAWSAccess with Principal "*" still needs an identity policy', () => {
    const result = run(
      { resourceControlPolicies: [{ target: 'Root', policies: [rcpFull] }] },
      request('s3:GetObject', ARNS.object),
    );
    expect({ decision: result.decision, deniedByAll: result.deniedByAll }).toEqual({
      decision: 'ImplicitDeny',
      deniedByAll: ['identity'],
    });
  });

  it('never denies implicitly: a level holding only a customer Deny keeps RCPFullAWSAccess', () => {
    const result = run(
      { identityPolicies: admin, resourceControlPolicies: [{ target: 'Root', policies: [denyInsecure] }] },
      request('s3:GetObject', ARNS.object),
    );
    expect(result.decision).toBe('Allowed');
    const rcpTrace = result.trace.filter((t) => t.layer === 'rcp').map((t) => [t.policyName, t.policyIndex]);
    expect(rcpTrace).toEqual([
      ['RCPFullAWSAccess', -1],
      ['deny-insecure', 0],
    ]);
  });

  it('limits even a direct resource-policy grant with its Deny', () => {
    const result = run(
      {
        resourceControlPolicies: [{ target: 'Root', policies: [denyInsecure] }],
        resourcePolicy: { ...policy('b', stmt('Allow', 's3:*', '*', { Principal: '*' })), kind: 'resource' },
      },
      request('s3:GetObject', ARNS.object, { context: { 'aws:SecureTransport': 'false' } }),
    );
    expect(result.deniedByAll).toEqual(['rcp']);
  });
});
