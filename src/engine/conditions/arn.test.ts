import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arnComponents } from './arn';
import { getConditionOperator } from './registry';

const test = (name: string, request: string, policy: string): boolean => {
  const op = getConditionOperator(name);
  if (op === undefined) throw new Error(name);
  return op.test(request, policy);
};

describe('arnComponents', () => {
  it.each([
    ['arn:aws:s3:::bucket', ['arn', 'aws', 's3', '', '', 'bucket']],
    [
      'arn:aws:logs:us-east-1:1:log-group:a:log-stream:b',
      ['arn', 'aws', 'logs', 'us-east-1', '1', 'log-group:a:log-stream:b'],
    ],
    ['arn:aws:iam::1:', ['arn', 'aws', 'iam', '', '1', '']],
  ])('%s', (text, expected) => {
    expect(arnComponents(text)).toEqual(expected);
  });

  it.each(['', '*', 'arn:aws:iam::1', 'not-an-arn'])('%j has fewer than six components', (text) => {
    expect(arnComponents(text)).toBeNull();
  });
});

describe('ARN operators', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/Admin', true],
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/admin', false], // case-sensitive
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::*:role/*', true],
    ['arn:aws:iam::111122223333:role/ops/Admin', 'arn:aws:iam::111122223333:role/*', true],
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::11112222333?:role/Admin', true],
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::444455556666:role/Admin', false],
    ['arn:aws:sts::111122223333:assumed-role/Admin/s1', 'arn:aws:iam::111122223333:role/Admin', false],
    ['arn:aws:logs:us-east-1:1:log-group:a:log-stream:b', 'arn:aws:logs:*:*:log-group:*', true],
    ['arn:aws:logs:us-east-1:1:log-group:a:log-stream:b', 'arn:aws:logs:*:*:log-group:a:*', true],
    ['arn:aws:logs:us-east-1:1:log-group:a:log-stream:b', 'arn:aws:logs:us-*:1:*', true],
    // A `*` in one component cannot reach into the next.
    ['arn:aws:s3:us-east-1:111122223333:bucket', 'arn:aws:s3:*:bucket', false],
    // Spec §4.1: the same pair StringLike matches.
    [
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      'arn:aws:someservice:*:111122223333:finance/*',
      false,
    ],
    // Documented choice: a value with fewer than six components never matches.
    ['arn:aws:iam::111122223333:role/Admin', '*', false],
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::*', false],
    ['not-an-arn', '*', false],
    ['not-an-arn', 'not-an-arn', false],
  ])('%j vs %j → %s', (request, policy, expected) => {
    expect(test('ArnLike', request, policy)).toBe(expected);
    expect(test('ArnEquals', request, policy)).toBe(expected);
    expect(test('ArnNotLike', request, policy)).toBe(expected);
    expect(test('ArnNotEquals', request, policy)).toBe(expected);
  });

  it('property: ArnEquals behaves exactly like ArnLike', () => {
    const part = fc.constantFrom('arn', 'aws', 'iam', '', '*', 'a?', '111122223333', 'role/*', 'x:y');
    const arn = fc.array(part, { minLength: 5, maxLength: 8 }).map((p) => p.join(':'));
    fc.assert(fc.property(arn, arn, (r, p) => test('ArnEquals', r, p) === test('ArnLike', r, p)));
  });

  it('property: an ARN without wildcards matches itself', () => {
    const segment = fc.stringMatching(/^[a-z0-9/-]{0,8}$/);
    const arn = fc.tuple(segment, segment, segment, segment, segment).map((s) => `arn:${s.join(':')}`);
    fc.assert(fc.property(arn, (a) => test('ArnLike', a, a)));
  });

  it('flags', () => {
    for (const name of ['ArnEquals', 'ArnLike']) {
      expect(getConditionOperator(name)).toMatchObject({
        negated: false,
        supportsVariables: true,
        supportsWildcards: true,
      });
    }
    for (const name of ['ArnNotEquals', 'ArnNotLike']) {
      expect(getConditionOperator(name)).toMatchObject({
        negated: true,
        supportsVariables: true,
        supportsWildcards: true,
      });
    }
  });

  it('testPieces: a substituted ARN supplies whole components; literal `*` stays literal', () => {
    const op = getConditionOperator('ArnLike');
    const whole = [{ text: 'arn:aws:iam::111122223333:role/Admin', literal: true }];
    expect(op?.testPieces?.('arn:aws:iam::111122223333:role/Admin', whole)).toBe(true);
    expect(op?.testPieces?.('arn:aws:iam::111122223333:role/Other', whole)).toBe(false);
    const starTag = [
      { text: 'arn:aws:s3:::bucket/', literal: false },
      { text: '*', literal: true },
      { text: ':*', literal: false },
    ];
    expect(op?.testPieces?.('arn:aws:s3:::bucket/*:x', starTag)).toBe(true);
    expect(op?.testPieces?.('arn:aws:s3:::bucket/a:x', starTag)).toBe(false);
    expect(op?.testPieces?.('arn:aws:s3:::b', [{ text: 'arn:aws:s3', literal: true }])).toBe(false);
  });
});
