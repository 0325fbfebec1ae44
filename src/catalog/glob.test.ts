import { describe, expect, it } from 'vitest';

import { globToRegExp, hasWildcard } from './glob';

describe('globToRegExp', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:get', true],
    ['S3:GETOBJECT', 's3:GetObject', true],
    ['s3:Get*', 'xs3:GetObject', false],
    ['s3:Get', 's3:GetObject', false],
    ['ec2:*VpcPeeringConnection', 'ec2:RunInstances', false],
    ['ec2:*VpcPeeringConnection', 'ec2:AcceptVpcPeeringConnection', true],
    ['iam:?assRole', 'iam:PassRole', true],
    ['iam:?assRole', 'iam:assRole', false],
    ['*', '', true],
    ['***', 's3:x', true],
    ['s3.*', 's3:x', false],
    ['s3.*', 's3.x', true],
    ['a+(b)[c]{1}|^$\\/', 'a+(b)[c]{1}|^$\\/', true],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(globToRegExp(pattern).test(name)).toBe(expected);
  });
});

describe('hasWildcard', () => {
  it.each([
    ['s3:GetObject', false],
    ['s3:*', true],
    ['s3:Get?bject', true],
  ])('%j → %s', (pattern, expected) => {
    expect(hasWildcard(pattern)).toBe(expected);
  });
});
