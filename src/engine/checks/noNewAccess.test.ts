/**
 * checkNoNewAccess against the reference policies and candidates AWS publishes for Access
 * Analyzer's custom policy checks
 * (https://github.com/aws-samples/iam-access-analyzer-custom-policy-check-samples): the same
 * PASS/FAIL for each, and the statement each FAIL points at.
 */

import { beforeAll, describe, expect, it } from 'vitest';

import { createNodeCatalog } from '../../catalog/node';
import type { CatalogAction } from '../analysis/types';
import { checkNoNewAccess } from './noNewAccess';
import { checked, type Json } from './testkit';

let actions: readonly CatalogAction[] = [];

beforeAll(() => {
  actions = createNodeCatalog().actions.filter((action) => ['s3', 'sts', 'iam'].includes(action.service));
});

const SENSITIVE = 'arn:aws:s3:::my-sensitive-bucket';
const BUCKET_ACTIONS = ['s3:DeleteBucket', 's3:DeleteBucketPolicy', 's3:PutBucketPolicy', 's3:ListBucket'];

/** The identity reference policy: everything but some bucket actions on the sensitive bucket. */
const IDENTITY_REFERENCE: Json[] = [
  { Effect: 'Allow', Action: '*', Resource: '*' },
  { Effect: 'Deny', Action: BUCKET_ACTIONS, Resource: SENSITIVE },
];

const identity = (...statements: Json[]) => checked('IDENTITY_POLICY', ...statements);

describe('checkNoNewAccess with an identity reference policy (check access to a sensitive bucket)', () => {
  it.each<[string, Json[], string]>([
    [
      'no access to the sensitive bucket',
      [{ Effect: 'Allow', Action: BUCKET_ACTIONS, Resource: 'arn:aws:s3:::my-not-sensitive-bucket' }],
      'PASS',
    ],
    [
      'access denied to the sensitive bucket',
      [
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: '*', Resource: SENSITIVE },
      ],
      'PASS',
    ],
    [
      'DeleteBucketPolicy on the sensitive bucket',
      [{ Effect: 'Allow', Action: 's3:DeleteBucketPolicy', Resource: SENSITIVE }],
      'FAIL',
    ],
    [
      'PutBucketPolicy on a wildcard that covers it',
      [{ Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:*:*:*sensitive*' }],
      'FAIL',
    ],
    ['every S3 action on every resource', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], 'FAIL'],
  ])('%s: %s', (_, candidate, result) => {
    expect(
      checkNoNewAccess(identity(...IDENTITY_REFERENCE), identity(...candidate), actions).check.result,
    ).toBe(result);
  });

  it('points at the statement that adds access, by index or by Sid, with the actions behind it', () => {
    const outcome = checkNoNewAccess(
      identity(...IDENTITY_REFERENCE),
      identity(
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Sid: 'Policy', Effect: 'Allow', Action: 's3:PutBucketPolicy', Resource: SENSITIVE },
        { Effect: 'Allow', Action: 's3:DeleteBucket', Resource: `${SENSITIVE}*` },
      ),
      actions,
    );
    expect(outcome.check).toEqual({
      result: 'FAIL',
      message: 'The modified permissions grant new access compared to your existing policy.',
      reasons: [
        {
          description: 'New access in the statement with sid: Policy.',
          statementIndex: 1,
          statementId: 'Policy',
        },
        { description: 'New access in the statement with index: 2.', statementIndex: 2 },
      ],
    });
    expect(outcome.findings.map((finding) => finding.actions)).toEqual([
      ['s3:PutBucketPolicy'],
      ['s3:DeleteBucket'],
    ]);
  });

  it('passes with the PASS message and no reasons', () => {
    const same = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(checkNoNewAccess(same, same, actions).check).toEqual({
      result: 'PASS',
      message: 'The modified permissions do not grant new access compared to your existing policy.',
      reasons: [],
    });
  });

  it('passes a document of Deny statements only', () => {
    const denies = identity({ Effect: 'Deny', Action: '*', Resource: '*' });
    expect(
      checkNoNewAccess(identity({ Effect: 'Deny', Action: 's3:*', Resource: '*' }), denies, actions).check
        .result,
    ).toBe('PASS');
  });

  it('counts a grant of an action AWS always allows: the check is about the document', () => {
    const none = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const caller = identity({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' });
    expect(checkNoNewAccess(none, caller, actions).findings).toEqual([
      { statementIndex: 0, sid: null, actions: ['sts:GetCallerIdentity'] },
    ]);
  });
});

/** The resource reference policy: only two roles, by Principal or by aws:PrincipalArn. */
const ROLE = 'arn:aws:iam::111111111111:role/MyPrivilegedRole';
const OTHER_ROLE = 'arn:aws:iam::111111111111:role/MyOtherRole';
const RESOURCES = [SENSITIVE, `${SENSITIVE}/*`];
const RESOURCE_REFERENCE: Json[] = [
  {
    Sid: 'AllowPrincipalElement',
    Effect: 'Allow',
    Principal: { AWS: [ROLE, `${ROLE}2`] },
    Action: 's3:*',
    Resource: RESOURCES,
  },
  {
    Sid: 'AllowPrincipalArnKey',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: 's3:*',
    Resource: RESOURCES,
    Condition: { ArnLike: { 'aws:PrincipalArn': [ROLE, `${ROLE}2`] } },
  },
];
const resource = (...statements: Json[]) => checked('RESOURCE_POLICY', ...statements);
const objects = `${SENSITIVE}/*`;

describe('checkNoNewAccess with a resource reference policy (who is granted access)', () => {
  it.each<[string, Json, string]>([
    [
      'GetObject to a listed role through aws:PrincipalArn',
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 's3:GetObject',
        Resource: objects,
        Condition: { ArnLike: { 'aws:PrincipalArn': ROLE } },
      },
      'PASS',
    ],
    [
      'PutObject to a listed role through Principal',
      { Effect: 'Allow', Principal: { AWS: ROLE }, Action: 's3:PutObject', Resource: objects },
      'PASS',
    ],
    [
      'public GetObject',
      { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: objects },
      'FAIL',
    ],
    [
      'a role not listed, through Principal',
      { Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 's3:PutObject', Resource: objects },
      'FAIL',
    ],
    [
      'a role not listed, through aws:PrincipalArn',
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 's3:PutObject',
        Resource: objects,
        Condition: { ArnLike: { 'aws:PrincipalArn': OTHER_ROLE } },
      },
      'FAIL',
    ],
  ])('%s: %s', (_, candidate, result) => {
    expect(checkNoNewAccess(resource(...RESOURCE_REFERENCE), resource(candidate), actions).check.result).toBe(
      result,
    );
  });

  it('reads an account principal as every principal of the account', () => {
    const account = resource({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 's3:*',
      Resource: objects,
    });
    const role = resource({
      Effect: 'Allow',
      Principal: { AWS: ROLE },
      Action: 's3:GetObject',
      Resource: objects,
    });
    const other = resource({
      Effect: 'Allow',
      Principal: { AWS: '222222222222' },
      Action: 's3:GetObject',
      Resource: objects,
    });
    expect(checkNoNewAccess(account, role, actions).check.result).toBe('PASS');
    expect(checkNoNewAccess(account, other, actions).check.result).toBe('FAIL');
    expect(checkNoNewAccess(role, account, actions).check.result).toBe('FAIL');
  });
});
