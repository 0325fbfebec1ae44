import { describe, expect, it } from 'vitest';
import { LAYERS, type MismatchReason } from '../types';
import { describeLayer, describeReason, describeSkip } from './wording';

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

describe('describeSkip', () => {
  it.each([
    [
      { layer: 'rcp', reason: 'service-not-supported', service: 'ec2' } as const,
      /does not support RCPs for the "ec2"/,
    ],
    [
      { layer: 'rcp', reason: 'exempt-action', action: 'kms:RetireGrant' } as const,
      /do not apply to kms:RetireGrant/,
    ],
    [
      { layer: 'scp', reason: 'management-account', account: '111122223333' } as const,
      /caller is in the management/,
    ],
    [
      { layer: 'rcp', reason: 'management-account', account: '111122223333' } as const,
      /resource is in the management/,
    ],
    [{ layer: 'vpcEndpoint', reason: 'not-through-endpoint' } as const, /does not go through the endpoint/],
  ])('words %j', (skip, pattern) => {
    expect(describeSkip(skip)).toMatch(pattern);
  });
});
