/** A request's expectation against its evaluation, and the statement that decided it. */

import { describe, expect, it } from 'vitest';

import { compiledOf, doc } from '../analysis/testkit/scenarios';
import { evaluateRequest } from '../evaluate';
import type { Request } from '../types';
import { decidingStatement, meetsExpectation } from './expectations';

const compiled = compiledOf({
  identity: [
    doc(
      { Sid: 'Reads', Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Sid: 'NoSecrets', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secret/*' },
    ),
  ],
  boundary: doc({ Sid: 'OnlyS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }),
});
const evaluate = (action: string, resource: string) =>
  evaluateRequest(compiled, { action, resource, context: {} } satisfies Request);

describe('meetsExpectation', () => {
  it('compares the decision, and deniedBy only when the expectation names it', () => {
    const denied = evaluate('ec2:RunInstances', '*');
    expect(meetsExpectation(denied, { decision: 'ImplicitDeny' })).toBe(true);
    expect(meetsExpectation(denied, { decision: 'ImplicitDeny', deniedBy: 'identity' })).toBe(true);
    expect(meetsExpectation(denied, { decision: 'ImplicitDeny', deniedBy: 'boundary' })).toBe(false);
    expect(meetsExpectation(denied, { decision: 'Allowed' })).toBe(false);
  });
});

describe('decidingStatement', () => {
  it('is the first matching Allow for an allowed request', () => {
    const deciding = decidingStatement(evaluate('s3:GetObject', 'arn:aws:s3:::open/key'));
    expect([deciding?.policy.layer, deciding?.statement.sid]).toEqual(['identity', 'Reads']);
  });

  it('is the matching Deny of the denying layer for an explicit deny', () => {
    const deciding = decidingStatement(evaluate('s3:GetObject', 'arn:aws:s3:::secret/key'));
    expect([deciding?.statement.sid, deciding?.statement.effect, deciding?.statement.matched]).toEqual([
      'NoSecrets',
      'Deny',
      true,
    ]);
  });

  it('is the first statement of the denying layer, with why it missed, for an implicit deny', () => {
    const deciding = decidingStatement(evaluate('ec2:RunInstances', '*'));
    expect(deciding?.policy.layer).toBe('identity');
    expect(deciding?.statement).toMatchObject({
      sid: 'Reads',
      matched: false,
      reason: { code: 'action-not-listed' },
    });
  });
});
