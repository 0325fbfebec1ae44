import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionMatches } from './action';

describe('actionMatches', () => {
  it.each([
    ['*', 's3:GetObject', true],
    ['s3:GetObject', 's3:GetObject', true],
    ['IAM:listaccesskeys', 'iam:ListAccessKeys', true],
    ['s3:get*', 's3:GetObjectAcl', true],
    ['s3:GetObject', 's3:GetObjectAcl', false],
    ['s3:*', 's3control:CreateJob', false],
    ['s3*:*', 's3control:CreateJob', true],
    ['ec2:*VpcPeeringConnection', 'ec2:AcceptVpcPeeringConnection', true],
    ['ec2:*VpcPeeringConnection', 'ec2:RunInstances', false],
    ['ec2:*VpcPeeringConnection', 'ec2:AcceptVpcPeeringConnectionX', false],
    ['s3:?etObject', 's3:GetObject', true],
    ['s3:?etObject', 's3:etObject', false],
    ['iam:*', 'iam:CreateUser', true],
    ['iam:Create*', 'sts:CreateUser', false],
  ])('%j vs %j → %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('property: matching ignores the case of both pattern and action', () => {
    const name = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(name, name, (service, op) => {
        const action = `${service}:${op}`;
        return (
          actionMatches(action.toUpperCase(), action.toLowerCase()) && actionMatches(`${service}:*`, action)
        );
      }),
    );
  });
});
