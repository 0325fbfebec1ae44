import { describe, expect, it } from 'vitest';

import { compileScenario, evaluateRequest, type EvaluationResult, type Scenario } from '../engine';
import { ec2Boundary } from '../examples/ec2-boundary';
import { pasteReport, requestOfPaste } from './pastedDenial';

const PRINCIPAL = 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession';
const MESSAGE = `User: ${PRINCIPAL} is not authorized to perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action`;

/** The example's s3:ListAllMyBuckets, evaluated in `scenario`. */
function resultIn(scenario: Scenario): EvaluationResult {
  return evaluateRequest(compileScenario(scenario), {
    action: 's3:ListAllMyBuckets',
    resource: '*',
    context: {},
  });
}

/** The example with an identity policy that allows EC2 only, and no boundary: the identity layer denies. */
const IDENTITY_DENIES: Scenario = {
  ...ec2Boundary.scenario,
  identityPolicies: [
    {
      name: 'ec2-only',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] },
    },
  ],
  permissionsBoundary: null,
};

describe(requestOfPaste, () => {
  it('reads a message into a request carrying what AWS said', () => {
    const outcome = requestOfPaste(MESSAGE);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.request).toMatchObject({
      action: 's3:ListAllMyBuckets',
      resource: '*',
      context: [],
      pasted: { principal: PRINCIPAL, said: { decision: 'ImplicitDeny', layer: 'boundary' } },
    });
  });

  it("fills a CloudTrail event's context keys as rows", () => {
    const event = {
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/alice' },
      eventSource: 's3.amazonaws.com',
      eventName: 'ListBuckets',
      awsRegion: 'eu-west-1',
      sourceIPAddress: '203.0.113.7',
      errorCode: 'AccessDenied',
    };
    const outcome = requestOfPaste(JSON.stringify(event));
    if (!outcome.ok) throw new Error(outcome.reason);
    const rows = outcome.request.context.map((row) => [row.key, row.values]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['aws:SourceIp', ['203.0.113.7']],
        ['aws:RequestedRegion', ['eu-west-1']],
      ]),
    );
  });

  it('gives a one-line reason for text that is not a denial, and for one that names no action', () => {
    for (const text of ['', 'hello', '{ "errorCode": ']) {
      const outcome = requestOfPaste(text);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).not.toContain('\n');
    }
    const bare = requestOfPaste('Access Denied');
    expect(bare).toMatchObject({ ok: false });
    if (!bare.ok) expect(bare.reason).toMatch(/^AWS's text names no action/);
  });

  it('notes an action the catalog does not know, when it is asked', () => {
    const outcome = requestOfPaste(MESSAGE.replaceAll('ListAllMyBuckets', 'ListEverything'), () => false);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.request.pasted?.notes.join(' ')).toContain('is not an action in the catalog');
  });
});

describe(pasteReport, () => {
  const parsed = requestOfPaste(MESSAGE);
  if (!parsed.ok || parsed.request.pasted === undefined) throw new Error('the message should parse');
  const pasted = parsed.request.pasted;

  it('agrees when the scenario denies in the layer AWS named', () => {
    const report = pasteReport(pasted, resultIn(ec2Boundary.scenario), {
      principal: PRINCIPAL,
      sessionIssuer: '',
    });
    expect(report.comparison).toMatchObject({ code: 'agrees', agrees: true });
    expect(report.notes).toEqual([]);
  });

  it("says what a difference means, and when AWS's caller is not the scenario's principal", () => {
    const other = 'arn:aws:iam::123456789876:user/bob';
    const report = pasteReport(pasted, resultIn(IDENTITY_DENIES), { principal: other, sessionIssuer: '' });
    expect(report.comparison).toMatchObject({ code: 'different-layer', agrees: false });
    expect(report.notes).toEqual([
      `AWS's caller ${PRINCIPAL} is not the scenario's principal: the request was evaluated for ${other}.`,
    ]);
  });
});
