import { describe, expect, it } from 'vitest';
import type { Layer } from '../types';
import { formatAccessDenied } from './message';

const USER = 'arn:aws:iam::123456789012:user/John';

describe('formatAccessDenied', () => {
  // Spec §5.2, one row per policy type: [layer, implicit tail, explicit tail].
  const variants: [Layer, string, string][] = [
    [
      'scp',
      'because no service control policy allows the s3:GetObject action',
      'with an explicit deny in a service control policy',
    ],
    [
      'rcp',
      'because no resource control policy allows the s3:GetObject action',
      'with an explicit deny in a resource control policy',
    ],
    [
      'boundary',
      'because no permissions boundary allows the s3:GetObject action',
      'with an explicit deny in a permissions boundary',
    ],
    [
      'session',
      'because no session policy allows the s3:GetObject action',
      'with an explicit deny in a session policy',
    ],
    [
      'resource',
      'because no resource-based policy allows the s3:GetObject action',
      'with an explicit deny in a resource-based policy',
    ],
    [
      'identity',
      'because no identity-based policy allows the s3:GetObject action',
      'with an explicit deny in an identity-based policy',
    ],
  ];

  it.each(variants)('words %s denials as AWS does', (layer, implicit, explicit) => {
    const base = { callerArn: USER, action: 's3:GetObject', resource: '*', layer };
    const head = `User: ${USER} is not authorized to perform: s3:GetObject`;
    expect(formatAccessDenied({ ...base, decision: 'ImplicitDeny' })).toBe(`${head} ${implicit}`);
    expect(formatAccessDenied({ ...base, decision: 'ExplicitDeny' })).toBe(`${head} ${explicit}`);
  });

  it('reproduces the founding example character for character', () => {
    expect(
      formatAccessDenied({
        callerArn: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
        action: 's3:ListAllMyBuckets',
        resource: '*',
        decision: 'ImplicitDeny',
        layer: 'boundary',
      }),
    ).toBe(
      'User: arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession is not authorized to ' +
        'perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action',
    );
  });

  it('reproduces the AWS codedeploy example with a resource', () => {
    expect(
      formatAccessDenied({
        callerArn: USER,
        action: 'codedeploy:ListDeployments',
        resource: 'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
        decision: 'ImplicitDeny',
        layer: 'boundary',
      }),
    ).toBe(
      'User: arn:aws:iam::123456789012:user/John is not authorized to perform: codedeploy:ListDeployments on ' +
        'resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* because no permissions boundary ' +
        'allows the codedeploy:ListDeployments action',
    );
  });

  it('reproduces the AWS RCP example (explicit deny with a resource)', () => {
    expect(
      formatAccessDenied({
        callerArn: USER,
        action: 'secretsmanager:GetSecretValue',
        resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:*',
        decision: 'ExplicitDeny',
        layer: 'rcp',
      }),
    ).toBe(
      'User: arn:aws:iam::123456789012:user/John is not authorized to perform: secretsmanager:GetSecretValue on ' +
        'resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:* with an explicit deny in a resource ' +
        'control policy',
    );
  });

  it('names the role trust policy, with "the" for an explicit deny', () => {
    const base = { callerArn: USER, action: 'sts:AssumeRole', resource: 'arn:aws:iam::123456789012:role/R' };
    const options = { ...base, layer: 'resource' as const, resourcePolicyKind: 'role-trust' as const };
    expect(formatAccessDenied({ ...options, decision: 'ImplicitDeny' })).toMatch(
      / on resource: arn:aws:iam::123456789012:role\/R because no role trust policy allows the sts:AssumeRole action$/,
    );
    expect(formatAccessDenied({ ...options, decision: 'ExplicitDeny' })).toMatch(
      /with an explicit deny in the role trust policy$/,
    );
  });

  it('uses the KMS wording for key-policy denials, whatever the kind of deny', () => {
    const base = {
      callerArn: USER,
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:123456789012:key/1234',
      layer: 'resource' as const,
      resourcePolicyKind: 'kms-key' as const,
    };
    const expected =
      'User: arn:aws:iam::123456789012:user/John is not authorized to perform: kms:Decrypt on this resource ' +
      'because the resource does not exist in this Region, no resource-based policies allow access, or a ' +
      'resource-based policy explicitly denies access';
    expect(formatAccessDenied({ ...base, decision: 'ImplicitDeny' })).toBe(expected);
    expect(formatAccessDenied({ ...base, decision: 'ExplicitDeny' })).toBe(expected);
  });

  it('keeps the KMS key kind from changing other layers', () => {
    const text = formatAccessDenied({
      callerArn: USER,
      action: 'kms:Decrypt',
      resource: '*',
      decision: 'ImplicitDeny',
      layer: 'identity',
      resourcePolicyKind: 'kms-key',
    });
    expect(text).toMatch(/because no identity-based policy allows the kms:Decrypt action$/);
  });

  it('echoes the action verbatim, typos and case included', () => {
    const text = formatAccessDenied({
      callerArn: USER,
      action: 'codecommit:ListRespositories',
      resource: '*',
      decision: 'ImplicitDeny',
      layer: 'identity',
    });
    expect(text).toContain('perform: codecommit:ListRespositories because');
    expect(text).toContain('allows the codecommit:ListRespositories action');
  });
});
