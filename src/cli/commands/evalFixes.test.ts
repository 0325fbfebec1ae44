/** `iam-playground eval --fixes`: verified fixes on denied results, as JSON and as text. */

import { describe, expect, it } from 'vitest';

import { createCliHarness } from '../testHarness';

const { file, cli } = createCliHarness('eval-fixes');

const SESSION = 'arn:aws:sts::123456789012:assumed-role/dev/dev-session';
const BOUNDARY_TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "ec2:*", "Resource": "*" }
  ]
}`;

function scenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    principal: SESSION,
    identityPolicies: [
      {
        name: 'ReadS3',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
        },
      },
    ],
    permissionsBoundary: { name: 'ec2-boundary', document: BOUNDARY_TEXT },
    requests: [
      { action: 'ec2:DescribeInstances', resource: '*' },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q3.csv' },
    ],
    ...overrides,
  };
}

interface FixJson {
  layer: string;
  policyName: string;
  policyPath: unknown;
  kind: string;
  statement?: Record<string, unknown>;
  document?: string;
  owner: string;
  alsoAllows: string[];
  verified: boolean;
}
interface ResultJson {
  action: string;
  decision: string;
  fixes?: FixJson[];
  fixesProblem?: string;
}

/** The item at `index`, failing the test when there is none. */
function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`no item ${index} in ${JSON.stringify(list)}`);
  return item;
}

async function evalJson(content: Record<string, unknown>, ...flags: string[]): Promise<ResultJson[]> {
  const run = await cli('eval', file(JSON.stringify(content)), ...flags);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { results: ResultJson[] }).results;
}

describe('iam-playground eval --fixes', () => {
  it('adds verified fixes to denied results only, and nothing without the flag', async () => {
    const plain = await evalJson(scenario());
    expect(plain.map((result) => 'fixes' in result)).toEqual([false, false]);

    const results = await evalJson(scenario(), '--fixes');
    expect(results).toHaveLength(2);
    const allowed = at(results, 0);
    const denied = at(results, 1);
    expect(allowed).toMatchObject({ decision: 'Allowed' });
    expect('fixes' in allowed).toBe(false);
    expect(denied).toMatchObject({ decision: 'ImplicitDeny' });
    expect(denied.fixes).toHaveLength(1);
    const fix = at(denied.fixes, 0);
    expect(fix).toMatchObject({
      layer: 'boundary',
      policyName: 'ec2-boundary',
      policyPath: 'permissionsBoundary',
      kind: 'add-statement',
      owner: 'you',
      verified: true,
      statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/q3.csv' },
    });
    // Only this action: s3:GetObject alone on one object widens nothing else the identity grants.
    expect(fix.alsoAllows).toEqual([]);
    expect(fix.document).toBeDefined();
    // The rest of the boundary keeps its text as typed.
    expect(fix.document).toContain('{ "Effect": "Allow", "Action": "ec2:*", "Resource": "*" }');
  });

  it('a fix whose document is applied makes eval allow the request', async () => {
    const denied = at(await evalJson(scenario(), '--fixes'), 1);
    const document = at(denied.fixes, 0).document;
    expect(typeof document).toBe('string');
    const fixed = scenario({ permissionsBoundary: { name: 'ec2-boundary', document } });
    const results = await evalJson(fixed);
    expect(results.map((result) => result.decision)).toEqual(['Allowed', 'Allowed']);
  });

  it('labels a fix in a service control policy as the organization’s, and says what else it allows', async () => {
    const withScp = scenario({
      requests: [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:jobs' }],
      identityPolicies: [
        {
          name: 'Sqs',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }],
          },
        },
      ],
      permissionsBoundary: undefined,
      serviceControlPolicies: [
        {
          target: 'Root',
          policies: [
            {
              name: 'NoSqs',
              document: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: '*', Resource: '*' },
                  { Effect: 'Deny', Action: 'sqs:*', Resource: '*' },
                ],
              },
            },
          ],
        },
      ],
    });
    const denied = at(await evalJson(withScp, '--fixes'), 0);
    expect(denied.decision).toBe('ExplicitDeny');
    const fixes = denied.fixes ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes)
      expect(fix).toMatchObject({ layer: 'scp', owner: 'organization', verified: true });
    // Sparing the caller from a Deny of sqs:* frees every other SQS action the identity grants.
    const narrowed = fixes.find((fix) => fix.kind === 'narrow-deny');
    expect(narrowed?.alsoAllows).toContain('sqs:DeleteQueue');
    expect(narrowed?.alsoAllows).not.toContain('sqs:SendMessage');
    expect(narrowed?.alsoAllows.every((action) => action.startsWith('sqs:'))).toBe(true);

    const text = await cli('eval', file(JSON.stringify(withScp)), '--fixes', '--format', 'text');
    expect(text.stdout).toContain('[organization]');
    expect(text.stdout).toMatch(/also allows: \d+ other actions: sqs:\w+.*, and \d+ more/);
  });

  it('prints fixes readably in text, with scenario text made terminal-safe', async () => {
    const hostile = scenario({ permissionsBoundary: { name: 'b\u001b[2Jx', document: BOUNDARY_TEXT } });
    const run = await cli('eval', file(JSON.stringify(hostile)), '--fixes', '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('Fix (verified: the scenario with it allows the request):');
    expect(run.stdout).toContain(
      '1. [you] Add to the permissions boundary "b\\x1b[2Jx" a statement allowing',
    );
    expect(run.stdout).toContain('also allows: nothing else');
    expect(run.stdout.split('Fix (verified').length).toBe(2);
  });

  it('accepts --fixes=false and rejects other values', async () => {
    const results = await evalJson(scenario(), '--fixes=false');
    expect(results.map((result) => 'fixes' in result)).toEqual([false, false]);
    const run = await cli('eval', file(JSON.stringify(scenario())), '--fixes=maybe');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fixes must be one of true, false/);
  });
});
