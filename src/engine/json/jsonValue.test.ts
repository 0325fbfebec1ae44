import { describe, expect, it } from 'vitest';

import { inspectJsonValue } from './jsonValue';

/** An object nested `levels` deep: `{ a: { a: … {} } }`. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 1; i < levels; i++) {
    const inner: Record<string, unknown> = {};
    at.a = inner;
    at = inner;
  }
  return root;
}

describe('inspectJsonValue', () => {
  it('counts the value itself as level 1, as findTooDeep counts brackets', () => {
    expect(inspectJsonValue(nested(100), 100)).toEqual({
      tooDeep: false,
      circular: false,
      nonFiniteNumber: false,
    });
    expect(inspectJsonValue(nested(101), 100).tooDeep).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(inspectJsonValue(nested(100_000), 100).tooDeep).toBe(true);
    expect(inspectJsonValue(nested(100_000), 200_000).tooDeep).toBe(false);
  });

  it('tells a cycle from depth, and a shared object from a cycle', () => {
    const cycle: Record<string, unknown> = { Version: '2012-10-17' };
    cycle.self = { back: cycle };
    expect(inspectJsonValue(cycle, 100)).toMatchObject({ tooDeep: false, circular: true });
    const shared = { Effect: 'Allow' };
    expect(inspectJsonValue({ Statement: [shared, shared] }, 100)).toMatchObject({
      tooDeep: false,
      circular: false,
    });
  });

  it.each([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN])('finds %s anywhere', (value) => {
    expect(inspectJsonValue({ a: [1, { b: value }] }, 100).nonFiniteNumber).toBe(true);
  });

  it('finds no problem in an ordinary policy', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }],
    };
    expect(inspectJsonValue(policy, 100)).toEqual({
      tooDeep: false,
      circular: false,
      nonFiniteNumber: false,
    });
  });
});
