import { describe, expect, it } from 'vitest';

import { createCliHarness } from './testHarness';

const { file, cli } = createCliHarness('scenario-file');

const USER = 'arn:aws:iam::111122223333:user/alice';

/** The JSON results of `eval`, or a test failure with what the CLI said. */
async function evaluate(scenario: unknown) {
  const run = await cli('eval', file(JSON.stringify(scenario)));
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as {
    results: { decision: string; deniedBy: string | null; message: string | null }[];
    diagnostics?: { code: string; severity: string }[];
  };
}

describe('scenario files on the command line', () => {
  it('takes an AWS managed policy by ARN alone from the bundled library, without size errors', async () => {
    const output = await evaluate({
      version: 1,
      principal: USER,
      identityPolicies: [{ name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      requests: [
        { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
        { action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' },
      ],
    });
    expect(output.results.map((r) => r.decision)).toEqual(['Allowed', 'ImplicitDeny']);
    expect(output.diagnostics ?? []).toEqual([]);
  });

  it('refuses an AWS managed policy ARN the library does not know, naming the field', async () => {
    const run = await cli(
      'eval',
      file(
        JSON.stringify({
          version: 1,
          principal: USER,
          identityPolicies: [{ name: 'x', arn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }],
        }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('identityPolicies[0].arn');
    expect(run.stderr).toContain('NoSuchPolicy');
  });

  it('allows what the identity policy allows when the only RCP is a Deny-only policy', async () => {
    const output = await evaluate({
      version: 1,
      principal: USER,
      identityPolicies: [
        {
          name: 'p',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
        },
      ],
      resourceControlPolicies: [
        {
          target: 'Root',
          policies: [
            {
              name: 'EnforceTls',
              document: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Deny',
                    Principal: '*',
                    Action: 's3:*',
                    Resource: '*',
                    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                  },
                ],
              },
            },
          ],
        },
      ],
      requests: [
        { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:SecureTransport': 'true' } },
        { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:SecureTransport': 'false' } },
      ],
    });
    expect(output.results.map((r) => [r.decision, r.deniedBy])).toEqual([
      ['Allowed', null],
      ['ExplicitDeny', 'rcp'],
    ]);
  });

  it('evaluates a one-character session name with a warning instead of refusing the scenario', async () => {
    const output = await evaluate({
      version: 1,
      principal: 'arn:aws:sts::111122223333:assumed-role/dev/x',
      requests: [{ action: 's3:ListAllMyBuckets', resource: '*' }],
    });
    expect(output.results[0]?.decision).toBe('ImplicitDeny');
    expect(output.diagnostics?.map((d) => `${d.code}:${d.severity}`)).toContain(
      'scenario-principal-unusual:warning',
    );
  });

  it('never folds one service into "*" in the effective policy of --service', async () => {
    const path = file(
      JSON.stringify({
        version: 1,
        principal: USER,
        identityPolicies: [
          {
            name: 'admin',
            document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          },
        ],
      }),
    );
    const run = await cli('effective', path, '--service', 'ec2', '--format', 'policy');
    expect(run.code, run.stderr).toBe(0);
    const policy = JSON.parse(run.stdout) as { Statement: { Action: unknown }[] };
    expect(policy.Statement[0]?.Action).toBe('ec2:*');
  });
});
