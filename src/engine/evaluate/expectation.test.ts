import { describe, expect, it } from 'vitest';

import { checkExpectation } from './expectation';
import { ARNS, policy, request, run, stmt } from './testkit';

describe(checkExpectation, () => {
  const allowed = run(
    { identityPolicies: [policy('p', stmt('Allow', 's3:*'))] },
    request('s3:GetObject', ARNS.object),
  );
  const denied = run({}, request('s3:GetObject', ARNS.object));

  it('is met by the expected decision', () => {
    expect(checkExpectation(allowed, { decision: 'Allowed' })).toEqual({ met: true });
    expect(checkExpectation(denied, { decision: 'ImplicitDeny' })).toEqual({ met: true });
  });

  it('checks the denying layer only when one is expected', () => {
    expect(checkExpectation(denied, { decision: 'ImplicitDeny', deniedBy: 'identity' })).toEqual({
      met: true,
    });
    expect(checkExpectation(denied, { decision: 'ImplicitDeny', deniedBy: 'boundary' })).toEqual({
      met: false,
      expected: { decision: 'ImplicitDeny', deniedBy: 'boundary' },
      got: { decision: 'ImplicitDeny', deniedBy: 'identity' },
    });
  });

  it('fails on another decision, saying what came instead', () => {
    const outcome = checkExpectation(allowed, { decision: 'ExplicitDeny' });
    expect(outcome).toEqual({
      met: false,
      expected: { decision: 'ExplicitDeny' },
      got: { decision: 'Allowed', deniedBy: null },
    });
  });
});
