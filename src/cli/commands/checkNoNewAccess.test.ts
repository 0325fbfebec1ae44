import { describe, expect, it } from 'vitest';

import type { PolicyCheckResult } from '../../engine';
import { createCliHarness, exampleScenario, expectUsageError } from '../testHarness';

const { file, cli } = createCliHarness('no-new-access');

const document = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const EC2 = { Sid: 'Ec2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' };
const LIST_BUCKETS = { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };
const existing = file(document(EC2));
const updated = file(document(EC2, LIST_BUCKETS));

const FAIL_MESSAGE = 'The modified permissions grant new access compared to your existing policy.';

function parsed(stdout: string): PolicyCheckResult {
  return JSON.parse(stdout) as PolicyCheckResult;
}

describe('iam-playground check-no-new-access (policy documents)', () => {
  it('fails when the new document adds a statement, pointing at it by index and Sid', async () => {
    const run = await cli(
      'check-no-new-access',
      '--existing-policy-document',
      `file://${existing}`,
      '--new-policy-document',
      `file://${updated}`,
      '--policy-type',
      'IDENTITY_POLICY',
    );
    expect(run.code).toBe(1);
    expect(parsed(run.stdout)).toEqual({
      result: 'FAIL',
      message: FAIL_MESSAGE,
      reasons: [
        {
          description: 'New access in the statement with sid: ListBuckets.',
          statementIndex: 1,
          statementId: 'ListBuckets',
        },
      ],
    });
  });

  it('passes the other way round, with inline JSON as the AWS CLI takes it', async () => {
    const run = await cli(
      'check-no-new-access',
      '--existing-policy-document',
      document(EC2, LIST_BUCKETS),
      '--new-policy-document',
      document(EC2),
      '--policy-type',
      'IDENTITY_POLICY',
    );
    expect(run.code).toBe(0);
    expect(parsed(run.stdout)).toEqual({
      result: 'PASS',
      message: 'The modified permissions do not grant new access compared to your existing policy.',
      reasons: [],
    });
  });

  it('names a statement without Sid by its index, and lists its actions in the text format', async () => {
    const { Sid: _sid, ...unnamed } = LIST_BUCKETS;
    const run = await cli(
      'check-no-new-access',
      '--existing-policy-document',
      existing,
      '--new-policy-document',
      document(EC2, unnamed),
      '--policy-type',
      'IDENTITY_POLICY',
      '--format',
      'text',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `FAIL: ${FAIL_MESSAGE}\n  New access in the statement with index: 1. Actions: s3:ListAllMyBuckets.\n`,
    );
  });

  it('checks against a reference policy: Allow * with the Denies that must stay', async () => {
    const reference = document(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: ['iam:*', 'organizations:*'], Resource: '*' },
    );
    const check = (policy: string) =>
      cli(
        'check-no-new-access',
        '--existing-policy-document',
        reference,
        '--new-policy-document',
        policy,
        '--policy-type',
        'IDENTITY_POLICY',
      );
    expect((await check(document(EC2, LIST_BUCKETS))).code).toBe(0);
    const grantsIam = await check(document(EC2, { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }));
    expect(grantsIam.code).toBe(1);
    expect(parsed(grantsIam.stdout).reasons.map((reason) => reason.statementIndex)).toEqual([1]);
  });

  it('compares resource policies by what they grant to whom', async () => {
    const bucket = (principal: unknown) =>
      document({
        Sid: 'Read',
        Effect: 'Allow',
        Principal: principal,
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::reports/*',
      });
    const check = (before: unknown, after: unknown) =>
      cli(
        'check-no-new-access',
        '--existing-policy-document',
        bucket(before),
        '--new-policy-document',
        bucket(after),
        '--policy-type',
        'RESOURCE_POLICY',
      );
    const role = { AWS: 'arn:aws:iam::111122223333:role/reader' };
    expect((await check({ AWS: '111122223333' }, role)).code).toBe(0);
    const opened = await check(role, '*');
    expect(opened.code).toBe(1);
    expect(parsed(opened.stdout).reasons).toEqual([
      { description: 'New access in the statement with sid: Read.', statementIndex: 0, statementId: 'Read' },
    ]);
  });

  it('rejects bad input with exit 2', async () => {
    const args = (type: string, policy: string) => [
      'check-no-new-access',
      '--existing-policy-document',
      existing,
      '--new-policy-document',
      policy,
      '--policy-type',
      type,
    ];
    expectUsageError(await cli(...args('SERVICE_CONTROL_POLICY', updated)), /policy-type/);
    expectUsageError(
      await cli(...args('IDENTITY_POLICY', '{"Statement": [')),
      /--new-policy-document: invalid policy/,
    );
    expectUsageError(await cli(...args('IDENTITY_POLICY', 'file:///no/such/file.json')), /cannot read/);
    expectUsageError(
      await cli(
        'check-no-new-access',
        '--existing-policy-document',
        existing,
        '--new-policy-document',
        updated,
      ),
      /--policy-type is required/,
    );
  });
});

describe('iam-playground check-no-new-access (scenarios)', () => {
  const before = file(JSON.stringify(exampleScenario()));
  const after = file(JSON.stringify(exampleScenario(['ec2:*', 's3:ListAllMyBuckets'])));

  it('fails when the new scenario gains access, naming the actions per service', async () => {
    const run = await cli('check-no-new-access', '--existing-scenario', before, '--new-scenario', after);
    expect(run.code).toBe(1);
    expect(parsed(run.stdout)).toEqual({
      result: 'FAIL',
      message: FAIL_MESSAGE,
      reasons: [{ description: 'New access to 1 action of s3: s3:ListAllMyBuckets.' }],
    });
  });

  it('passes when the new scenario only loses access', async () => {
    const run = await cli('check-no-new-access', '--existing-scenario', after, '--new-scenario', before);
    expect(run.code).toBe(0);
    expect(parsed(run.stdout).result).toBe('PASS');
  });

  it('takes one form at a time', async () => {
    expectUsageError(
      await cli('check-no-new-access', '--existing-scenario', before),
      /--existing-scenario and --new-scenario go together/,
    );
    expectUsageError(
      await cli(
        'check-no-new-access',
        '--existing-scenario',
        before,
        '--new-scenario',
        after,
        '--policy-type',
        'IDENTITY_POLICY',
      ),
      /either policy documents or scenarios/,
    );
  });
});
