/**
 * `iam-playground explain-denial`: a message (argument or standard input) or a CloudTrail event
 * read into a request; with a scenario, the comparison with AWS and the fixes.
 */

import { describe, expect, it } from 'vitest';

import { createCliHarness } from '../testHarness';

const { file, cli, cliWithStdin } = createCliHarness('explain-denial');

const SESSION = 'arn:aws:sts::123456789012:assumed-role/dev/dev-session';
const BOUNDARY_MESSAGE =
  `An error occurred (AccessDenied) when calling the ListBuckets operation: User: ${SESSION} is not ` +
  'authorized to perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action';

const SCENARIO = {
  version: 1,
  principal: SESSION,
  identityPolicies: [
    {
      name: 'Admin',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    },
  ],
  permissionsBoundary: {
    name: 'ec2-boundary',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] },
  },
  requests: [],
};

const EVENT = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole',
    arn: SESSION,
    accountId: '123456789012',
    sessionContext: {
      sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::123456789012:role/dev', accountId: '123456789012' },
      attributes: { creationDate: '2024-10-01T11:00:00Z', mfaAuthenticated: 'false' },
    },
  },
  eventTime: '2024-10-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'GetObject',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.7',
  userAgent: '[aws-cli/2.15.0]',
  errorCode: 'AccessDenied',
  errorMessage: `User: ${SESSION} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::reports/q3.csv" because no permissions boundary allows the s3:GetObject action`,
  requestParameters: { bucketName: 'reports', key: 'q3.csv' },
};

interface Report {
  parsed: {
    source: string;
    principal: string | null;
    action: string | null;
    resource: string;
    context: Record<string, unknown>;
    said: { decision: string | null; layer: string | null };
    operation?: string;
    notes: string[];
  };
  request: { action: string; resource: string } | null;
  evaluation?: { decision: string; deniedBy: string | null };
  comparison?: { agrees: boolean; code: string; sentence: string };
  scenarioNotes?: string[];
  fixes?: { layer: string; kind: string; verified: boolean; document?: string }[];
  fixesProblem?: string;
}

function report(run: { code: number; stdout: string; stderr: string }): Report {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

function expectProblem(run: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^iam-playground: explain-denial: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('iam-playground explain-denial: reading', () => {
  it('reads a message given as an argument into the request and what AWS said', async () => {
    const out = report(await cli('explain-denial', BOUNDARY_MESSAGE));
    expect(out.parsed).toMatchObject({
      source: 'message',
      principal: SESSION,
      action: 's3:ListAllMyBuckets',
      resource: '*',
      operation: 'ListBuckets',
      said: { decision: 'ImplicitDeny', layer: 'boundary' },
    });
    expect(out.request).toMatchObject({ action: 's3:ListAllMyBuckets', resource: '*' });
    expect(out.evaluation).toBeUndefined();
  });

  it('reads the message from standard input when no argument is given', async () => {
    const out = report(await cliWithStdin(`${BOUNDARY_MESSAGE}\n`, 'explain-denial'));
    expect(out.parsed.action).toBe('s3:ListAllMyBuckets');
  });

  it('reads a CloudTrail event from a file and from standard input (--cloudtrail -)', async () => {
    const fromFile = report(await cli('explain-denial', '--cloudtrail', file(JSON.stringify(EVENT))));
    expect(fromFile.parsed).toMatchObject({
      source: 'cloudtrail',
      principal: SESSION,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q3.csv',
      said: { decision: 'ImplicitDeny', layer: 'boundary' },
    });
    expect(fromFile.parsed.context).toMatchObject({
      'aws:SourceIp': '203.0.113.7',
      'aws:RequestedRegion': 'us-east-1',
      'aws:MultiFactorAuthPresent': 'false',
    });
    const fromStdin = report(
      await cliWithStdin(JSON.stringify(EVENT), 'explain-denial', '--cloudtrail', '-'),
    );
    expect(fromStdin.parsed).toEqual(fromFile.parsed);
  });

  it('says when a generic S3 "Access Denied" names nothing to evaluate', async () => {
    const out = report(
      await cli('explain-denial', 'Access Denied', '--scenario', file(JSON.stringify(SCENARIO))),
    );
    expect(out.request).toBeNull();
    expect(out.parsed.notes.join(' ')).toContain('gives no details');
    expect(out.scenarioNotes).toEqual(["AWS's text names no action, so there is no request to evaluate."]);
    expect(out.evaluation).toBeUndefined();
  });

  it('rejects text that is not a denial, an empty input, and ambiguous or incomplete options', async () => {
    expectProblem(await cli('explain-denial', 'hello world'), /Not an AccessDenied message/);
    expectProblem(await cliWithStdin('  \n', 'explain-denial'), /no message: give it as an argument/);
    expectProblem(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--cloudtrail', file('{}')),
      /give a message or --cloudtrail, not both/,
    );
    expectProblem(await cli('explain-denial', BOUNDARY_MESSAGE, '--fixes'), /--fixes needs --scenario/);
    expectProblem(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', `${file('{}')}.missing`),
      /\.missing/,
    );
  });
});

describe('iam-playground explain-denial --scenario', () => {
  it('evaluates the request and agrees with AWS when the scenario denies it the same way', async () => {
    const out = report(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', file(JSON.stringify(SCENARIO))),
    );
    expect(out.evaluation).toMatchObject({ decision: 'ImplicitDeny', deniedBy: 'boundary' });
    expect(out.comparison).toMatchObject({ agrees: true, code: 'agrees' });
    expect(out.fixes).toBeUndefined();
  });

  it('says what the scenario is missing when it allows what AWS denied', async () => {
    const open = { ...SCENARIO, permissionsBoundary: undefined };
    const out = report(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', file(JSON.stringify(open))),
    );
    expect(out.evaluation?.decision).toBe('Allowed');
    expect(out.comparison).toMatchObject({ agrees: false, code: 'scenario-allows' });
    expect(out.comparison?.sentence).toContain('permissions boundary');
  });

  it('notes a caller that is not the scenario principal', async () => {
    const other = { ...SCENARIO, principal: 'arn:aws:iam::123456789012:user/bob' };
    const out = report(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', file(JSON.stringify(other))),
    );
    expect(out.scenarioNotes?.[0]).toContain(`AWS's caller ${SESSION} is not the scenario's principal`);
  });

  it('with --fixes, lists verified fixes whose document allows the request', async () => {
    const out = report(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', file(JSON.stringify(SCENARIO)), '--fixes'),
    );
    expect(out.fixes).toHaveLength(1);
    expect(out.fixes?.[0]).toMatchObject({ layer: 'boundary', kind: 'add-statement', verified: true });
    const fixed = {
      ...SCENARIO,
      permissionsBoundary: { name: 'ec2-boundary', document: out.fixes?.[0]?.document },
    };
    const after = report(
      await cli('explain-denial', BOUNDARY_MESSAGE, '--scenario', file(JSON.stringify(fixed))),
    );
    expect(after.evaluation?.decision).toBe('Allowed');
  });

  it('prints a readable text report with pasted control characters escaped', async () => {
    const hostile = BOUNDARY_MESSAGE.replace('dev-session', 'dev\u001b[2J\u202esession');
    const run = await cli(
      'explain-denial',
      hostile,
      '--scenario',
      file(JSON.stringify(SCENARIO)),
      '--fixes',
      '--format',
      'text',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u202e');
    expect(run.stdout).toContain('dev\\x1b[2J\\u202esession');
    expect(run.stdout).toContain('AWS denied: s3:ListAllMyBuckets on *');
    expect(run.stdout).toContain('AWS says: an implicit deny: no permissions boundary allowed it');
    expect(run.stdout).toContain('Operation: ListBuckets (AccessDenied)');
    expect(run.stdout).toContain('Scenario: ImplicitDeny by the permissions boundary');
    expect(run.stdout).toContain('Fix (verified: the scenario with it allows the request):');

    const json = await cli('explain-denial', hostile);
    expect(json.stdout).not.toContain('\u001b');
    expect(json.stdout).not.toContain('\u202e');
    expect((JSON.parse(json.stdout) as Report).parsed.principal).toContain('\u001b[2J\u202e');
  });
});
