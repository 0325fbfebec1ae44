/** Resource-policy statements read as identity statements: Principal and NotPrincipal as conditions. */

import { describe, expect, it } from 'vitest';

import { asIdentityStatements } from './principals';

const base = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

describe('asIdentityStatements', () => {
  it('drops the Sid and a "*" principal, adding no condition', () => {
    expect(asIdentityStatements({ Sid: 'Public', ...base, Principal: '*' })).toEqual([base]);
    expect(asIdentityStatements({ ...base, Principal: { AWS: ['*', 'arn:aws:iam::1:user/x'] } })).toEqual([
      base,
    ]);
  });

  it('splits a Principal into one statement per kind of entry', () => {
    const statements = asIdentityStatements({
      ...base,
      Principal: {
        AWS: ['111122223333', 'arn:aws:iam::444455556666:root', 'arn:aws:iam::111122223333:role/R'],
        Service: 'lambda.amazonaws.com',
      },
    });
    expect(statements).toEqual([
      { ...base, Condition: { StringEquals: { 'aws:PrincipalAccount': ['111122223333', '444455556666'] } } },
      { ...base, Condition: { ArnEquals: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/R'] } } },
      { ...base, Condition: { StringEquals: { 'aws:PrincipalServiceName': ['lambda.amazonaws.com'] } } },
    ]);
  });

  it('turns NotPrincipal into negated conditions on one statement, and "*" into no statement', () => {
    const statements = asIdentityStatements({
      ...base,
      Effect: 'Deny',
      NotPrincipal: { AWS: ['arn:aws:iam::111122223333:role/R', '111122223333'] },
    });
    expect(statements).toEqual([
      {
        ...base,
        Effect: 'Deny',
        Condition: {
          StringNotEquals: { 'aws:PrincipalAccount': ['111122223333'] },
          ArnNotEquals: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/R'] },
        },
      },
    ]);
    expect(asIdentityStatements({ ...base, NotPrincipal: '*' })).toEqual([]);
  });

  it('keeps the statement’s own conditions, using an equivalent operator when the key is taken', () => {
    const own = { ArnEquals: { 'aws:principalarn': 'arn:aws:iam::1:role/*' } };
    const [statement] = asIdentityStatements({
      ...base,
      Principal: { AWS: 'arn:aws:iam::1:role/R' },
      Condition: own,
    });
    expect(statement?.Condition).toEqual({
      ...own,
      ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::1:role/R'] },
    });
  });

  it('reads a statement without Resource (a role trust policy) as any resource', () => {
    const trust = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
    expect(asIdentityStatements(trust)).toEqual([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalServiceName': ['ec2.amazonaws.com'] } },
      },
    ]);
  });
});
