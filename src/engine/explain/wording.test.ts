import { describe, expect, it } from 'vitest';
import { LAYERS, type MismatchReason } from '../types';
import { describeLayer, describeReason } from './wording';

describe('describeLayer', () => {
  it('gives every layer a distinct name', () => {
    const names = LAYERS.map(describeLayer);
    expect(new Set(names).size).toBe(LAYERS.length);
    expect(describeLayer('boundary')).toBe('permissions boundary');
  });
});

describe('describeReason', () => {
  const cases: [MismatchReason, RegExp][] = [
    [{ code: 'statement-invalid' }, /has errors/],
    [{ code: 'action-not-listed' }, /action is not listed/],
    [{ code: 'action-excluded', pattern: 'iam:*' }, /excluded by NotAction "iam:\*"/],
    [{ code: 'resource-not-listed' }, /resource is not listed/],
    [{ code: 'resource-excluded', pattern: 'arn:aws:s3:::b' }, /NotResource "arn:aws:s3:::b"/],
    [{ code: 'resource-variable-missing', key: 'aws:username' }, /\$\{aws:username\}/],
    [{ code: 'principal-not-listed' }, /not named in Principal/],
    [{ code: 'principal-excluded', value: '111122223333' }, /NotPrincipal "111122223333"/],
    [
      {
        code: 'condition-failed',
        operator: 'StringEquals',
        key: 'aws:PrincipalTag/team',
        policyValues: ['a', 'b'],
        requestValues: ['c'],
      },
      /StringEquals on aws:PrincipalTag\/team \("a", "b"\) is false: the request has "c"/,
    ],
    [
      {
        code: 'condition-failed',
        operator: 'Bool',
        key: 'aws:MultiFactorAuthPresent',
        policyValues: ['true'],
        requestValues: null,
      },
      /does not include the key/,
    ],
  ];
  it.each(cases)('describes %j', (reason, pattern) => {
    expect(describeReason(reason)).toMatch(pattern);
  });
});
