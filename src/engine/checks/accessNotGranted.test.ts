/**
 * checkAccessNotGranted: the three examples of AWS's API reference for CheckAccessNotGranted
 * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html),
 * the any-of reading of actions and resources, and where the catalog makes it more exact.
 */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import type { CatalogAction } from '../analysis/types';
import type { AccessSpec } from './access';
import { checkAccessNotGranted, unknownAccessActions } from './accessNotGranted';
import { checked, type Json } from './testkit';

let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions.filter((action) => ['s3', 'ec2', 'sts'].includes(action.service));
});

const JOHN = { AWS: 'arn:aws:iam::123456789012:user/JohnDoe' };
const johnDoe = (action: string, resource: string): Json => ({
  Sid: 'AllowJohnDoe',
  Effect: 'Allow',
  Principal: JOHN,
  Action: action,
  Resource: resource,
});
const access = (actionsList: string[], resources: string[] = []): AccessSpec => ({
  actions: actionsList,
  resources,
});
const run = (document: ReturnType<typeof checked>, spec: AccessSpec) =>
  checkAccessNotGranted(document, spec, actions);

describe("AWS's examples", () => {
  it('passes a restrictive policy (GetObject granted, PutObject checked)', () => {
    const result = run(checked('RESOURCE_POLICY', johnDoe('s3:GetObject', '*')), access(['s3:PutObject']));
    expect(result.check).toEqual({
      result: 'PASS',
      message: 'The policy document does not grant access to perform the listed actions or resources.',
      reasons: [],
    });
  });

  it('passes a restrictive bucket policy (another bucket granted, the sensitive one checked)', () => {
    const document = checked(
      'RESOURCE_POLICY',
      johnDoe('s3:PutObject', 'arn:aws:s3:::non-sensitive-bucket/*'),
    );
    expect(run(document, access([], ['arn:aws:s3:::sensitive-bucket/*'])).check.result).toBe('PASS');
  });

  it('fails a permissive bucket policy, pointing at its statement by Sid', () => {
    const document = checked('RESOURCE_POLICY', johnDoe('s3:PutObject', 'arn:aws:s3:::my-bucket/*'));
    expect(run(document, access([], ['arn:aws:s3:::my-bucket/*']))).toEqual({
      check: {
        result: 'FAIL',
        message:
          'The policy document grants access to perform one or more of the listed actions or resources.',
        reasons: [
          {
            description:
              'One or more of the listed actions or resources in the statement with sid: AllowJohnDoe.',
            statementIndex: 0,
            statementId: 'AllowJohnDoe',
          },
        ],
      },
      findings: [{ statementIndex: 0, sid: 'AllowJohnDoe', actions: ['s3:PutObject'] }],
    });
  });
});

describe('the listed access', () => {
  const policy = checked(
    'IDENTITY_POLICY',
    { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/locked/*' },
  );

  it('fails when any listed action is granted on any resource, naming each granting statement', () => {
    const result = run(policy, access(['iam:CreateUser', 's3:Get*', 'ec2:DescribeInstances']));
    expect(result.check.reasons.map((reason) => reason.statementIndex)).toEqual([0, 1]);
    expect(result.findings.map((finding) => finding.actions)).toEqual([
      ['ec2:DescribeInstances'],
      ['s3:GetObject'],
    ]);
  });

  it('fails when any action is granted on a listed resource, and only then', () => {
    expect(run(policy, access([], ['arn:aws:s3:::b/docs/*'])).findings[0]?.actions).toEqual([
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(run(policy, access([], ['arn:aws:s3:::other/*'])).check.result).toBe('PASS');
  });

  it('takes actions and resources together: a listed action on a listed resource', () => {
    expect(run(policy, access(['s3:PutObject'], ['arn:aws:s3:::b/x'])).check.result).toBe('FAIL');
    expect(run(policy, access(['ec2:DescribeInstances'], ['arn:aws:s3:::b/x'])).check.result).toBe('PASS');
  });

  it('leaves out what an unconditional Deny covers whole, and counts what it only may', () => {
    expect(run(policy, access(['s3:PutObject'], ['arn:aws:s3:::b/locked/key'])).check.result).toBe('PASS');
    const conditional = checked(
      'IDENTITY_POLICY',
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' },
      {
        Effect: 'Deny',
        Action: 's3:PutObject',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    );
    expect(run(conditional, access(['s3:PutObject'], ['arn:aws:s3:::b/key'])).check.result).toBe('FAIL');
  });

  it('counts a conditional grant: a FAIL means the access may be granted', () => {
    const tagged = checked('IDENTITY_POLICY', {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
    });
    expect(run(tagged, access(['s3:GetObject'])).check.result).toBe('FAIL');
  });

  it('knows which actions take only "*": no ARN is reached by them', () => {
    const list = checked('IDENTITY_POLICY', {
      Effect: 'Allow',
      Action: 's3:ListAllMyBuckets',
      Resource: '*',
    });
    expect(run(list, access([], ['arn:aws:s3:::b'])).check.result).toBe('PASS');
    expect(run(list, access([], ['*'])).check.result).toBe('FAIL');
  });

  it('names the listed actions that match nothing in the catalog', () => {
    expect(unknownAccessActions(actions, access(['s3:GetObject', 's3:NoSuchAction', 'ec2:Nope*']))).toEqual([
      's3:NoSuchAction',
      'ec2:Nope*',
    ]);
  });
});
