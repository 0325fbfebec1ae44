/** parseAccess: the `access` argument as AWS validates it (one object, 100 actions, 100 resources). */

import { describe, expect, it } from 'vitest';

import { parseAccess } from './access';

describe('parseAccess', () => {
  it('reads actions and resources', () => {
    expect(
      parseAccess([{ actions: ['s3:GetObject', 's3:Put*'], resources: ['arn:aws:s3:::b/*', '*'] }]),
    ).toEqual({
      ok: true,
      access: { actions: ['s3:GetObject', 's3:Put*'], resources: ['arn:aws:s3:::b/*', '*'] },
    });
    expect(parseAccess([{ resources: ['arn:aws:s3:::b'] }])).toEqual({
      ok: true,
      access: { actions: [], resources: ['arn:aws:s3:::b'] },
    });
  });

  const many = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));

  it('accepts 100 actions and 100 resources', () => {
    const value = [
      { actions: many(100, (i) => `s3:A${i}`), resources: many(100, (i) => `arn:aws:s3:::b${i}`) },
    ];
    expect(parseAccess(value).ok).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an array', { actions: ['s3:GetObject'] }, /array holding one access object/],
    ['two access objects', [{ actions: ['s3:A'] }, { actions: ['s3:B'] }], /array holding one access object/],
    ['an empty object', [{}], /at least one action or resource/],
    ['an unknown field', [{ action: ['s3:A'] }], /unknown field "action"/],
    [
      '101 actions',
      [{ actions: many(101, (i) => `s3:A${i}`) }],
      /"actions" holds 101 items; AWS accepts at most 100/,
    ],
    ['101 resources', [{ resources: many(101, (i) => `arn:aws:s3:::b${i}`) }], /"resources" holds 101 items/],
    ['a number among actions', [{ actions: ['s3:A', 3] }], /"actions" must be an array of strings/],
    ['an action without a service', [{ actions: ['GetObject'] }], /"GetObject" is not an action/],
    ['a resource that is no ARN', [{ resources: ['bucket'] }], /"bucket" is not an ARN/],
    [
      'a wildcard before the resource part',
      [{ resources: ['arn:aws:s3:*::b'] }],
      /wildcard before its resource part/,
    ],
    ['an overlong resource', [{ resources: [`arn:aws:s3:::${'b'.repeat(2048)}`] }], /at most 2048/],
  ])('refuses %s', (_, value, problem) => {
    const result = parseAccess(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});
