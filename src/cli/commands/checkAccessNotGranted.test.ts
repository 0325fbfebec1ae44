/**
 * The cases follow the examples of AWS's API reference for CheckAccessNotGranted
 * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html).
 */

import { describe, expect, it } from 'vitest';

import { createCliHarness, expectUsageError } from '../testHarness';

const { file, cli } = createCliHarness('access-not-granted');

function bucketPolicy(action: string, resource: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowJohnDoe',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:user/JohnDoe' },
        Action: action,
        Resource: resource,
      },
    ],
  });
}

function check(policy: string, access: unknown, ...more: string[]) {
  return cli(
    'check-access-not-granted',
    '--policy-document',
    policy,
    '--access',
    typeof access === 'string' ? access : JSON.stringify(access),
    '--policy-type',
    'RESOURCE_POLICY',
    ...more,
  );
}

describe('iam-playground check-access-not-granted', () => {
  it('passes a restrictive policy: GetObject granted, PutObject checked', async () => {
    const run = await check(bucketPolicy('s3:GetObject', '*'), [{ actions: ['s3:PutObject'] }]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      result: 'PASS',
      message: 'The policy document does not grant access to perform the listed actions or resources.',
      reasons: [],
    });
  });

  it('passes a restrictive bucket policy: another bucket granted, the sensitive one checked', async () => {
    const policy = bucketPolicy('s3:PutObject', 'arn:aws:s3:::non-sensitive-bucket/*');
    const run = await check(policy, [{ resources: ['arn:aws:s3:::sensitive-bucket/*'] }]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ result: 'PASS' });
  });

  it('fails a permissive bucket policy, pointing at the statement that grants it', async () => {
    const policy = file(bucketPolicy('s3:PutObject', 'arn:aws:s3:::my-bucket/*'));
    const run = await check(`file://${policy}`, [{ resources: ['arn:aws:s3:::my-bucket/*'] }]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      result: 'FAIL',
      message: 'The policy document grants access to perform one or more of the listed actions or resources.',
      reasons: [
        {
          description:
            'One or more of the listed actions or resources in the statement with sid: AllowJohnDoe.',
          statementIndex: 0,
          statementId: 'AllowJohnDoe',
        },
      ],
    });
  });

  it('fails when any one listed action is granted, and names it in the text format', async () => {
    const policy = bucketPolicy('s3:GetObject', 'arn:aws:s3:::my-bucket/*');
    const run = await check(policy, [{ actions: ['s3:DeleteObject', 's3:Get*'] }], '--format', 'text');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('AllowJohnDoe. Actions: s3:GetObject.\n');
  });

  it('reads --access from a file, and notes listed actions the catalog does not have', async () => {
    const access = file(JSON.stringify([{ actions: ['s3:GetObjekt'] }]));
    const run = await check(bucketPolicy('s3:GetObject', '*'), `file://${access}`);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^iam-playground: note: "s3:GetObjekt" names no action of the catalog/);
  });

  it('rejects an --access AWS would reject, with exit 2', async () => {
    const policy = bucketPolicy('s3:GetObject', '*');
    const many = Array.from({ length: 101 }, (_, i) => `s3:Action${i}`);
    expectUsageError(await check(policy, [{ actions: many }]), /at most 100/);
    expectUsageError(
      await check(policy, [{ resources: ['arn:aws:s3:*:*:b'] }]),
      /wildcard before its resource/,
    );
    expectUsageError(await check(policy, [{}]), /at least one action or resource/);
    expectUsageError(await check(policy, '[{"actions": ['), /--access is not valid JSON/);
    expectUsageError(await check(policy, { actions: ['s3:GetObject'] }), /array holding one access object/);
  });
});
