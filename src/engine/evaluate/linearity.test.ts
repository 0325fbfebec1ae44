/**
 * Patterns that made the former RegExp translation backtrack for minutes, evaluated through
 * the whole engine: each must be decided correctly within a deterministic step bound (a few
 * runs of the glob matcher, each at most (|text| + 1) · (|pattern| + 1) steps). With a
 * backtracking matcher these tests would hang until vitest's per-test timeout fails them.
 */
import { describe, expect, it } from 'vitest';

import { globStepCount } from '../match/glob';
import { policy, request, run, stmt } from './testkit';

/** Glob runs an evaluation may make of one pattern: per layer and trace pass, with room to spare. */
const RUNS = 4;

function measured<T>(work: () => T): { result: T; steps: number } {
  const before = globStepCount();
  const result = work();
  return { result, steps: globStepCount() - before };
}

const bound = (text: string, pattern: string) => RUNS * (text.length + 1) * (pattern.length + 1);

describe('adversarial globs through evaluateRequest', () => {
  it('decides an Action of thirteen `?*` pairs against a long action name', () => {
    const pattern = `ec2:${'?*'.repeat(13)}Q`;
    const action = 'ec2:DescribeInstanceCreditSpecifications';
    const { result, steps } = measured(() =>
      run({ identityPolicies: [policy('p', stmt('Allow', pattern))] }, request(action)),
    );
    expect(result.decision).toBe('ImplicitDeny');
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound(action, pattern));
    // The same shape ending in a letter the name ends with is a match.
    const matching = run(
      { identityPolicies: [policy('p', stmt('Allow', `ec2:${'?*'.repeat(13)}S`))] },
      request(action),
    );
    expect(matching.decision).toBe('Allowed');
  });

  it('decides a Resource of twelve `*a` against a 5,000-character resource', () => {
    const pattern = `arn:aws:s3:::${'*a'.repeat(12)}*c`;
    const resource = `arn:aws:s3:::${'a'.repeat(5000 - 'arn:aws:s3:::'.length)}`;
    const parts = { identityPolicies: [policy('p', stmt('Allow', 's3:GetObject', pattern))] };
    const { result, steps } = measured(() => run(parts, request('s3:GetObject', resource)));
    expect(result.decision).toBe('ImplicitDeny');
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound(resource, pattern));
    expect(run(parts, request('s3:GetObject', `${resource}c`)).decision).toBe('Allowed');
    // Ending as the pattern does, with too few `a`s: the matcher must read all of it.
    const tooFew = `arn:aws:s3:::${'a'.repeat(11).padEnd(5000 - 'arn:aws:s3:::'.length - 1, 'b')}c`;
    const full = measured(() => run(parts, request('s3:GetObject', tooFew)));
    expect(full.result.decision).toBe('ImplicitDeny');
    expect(full.steps).toBeGreaterThan(tooFew.length);
    expect(full.steps).toBeLessThanOrEqual(bound(tooFew, pattern));
  });

  it('decides StringLike `*a*a*a*b` against a 500-character value', () => {
    const value = 'a'.repeat(500);
    const parts = {
      identityPolicies: [
        policy(
          'p',
          stmt('Allow', 's3:GetObject', '*', {
            Condition: { StringLike: { 'aws:PrincipalTag/x': '*a*a*a*b' } },
          }),
        ),
      ],
    };
    const { result, steps } = measured(() =>
      run(parts, request('s3:GetObject', '*', { context: { 'aws:PrincipalTag/x': value } })),
    );
    expect(result.decision).toBe('ImplicitDeny');
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(bound(value, '*a*a*a*b'));
    const matching = run(
      parts,
      request('s3:GetObject', '*', { context: { 'aws:PrincipalTag/x': `${value}b` } }),
    );
    expect(matching.decision).toBe('Allowed');
  });
});
