import { describe, expect, it } from 'vitest';
import { getConditionOperator } from './registry';

const bool = (request: string, policy: string): boolean => {
  const op = getConditionOperator('Bool');
  if (op === undefined) throw new Error('Bool');
  return op.test(request, policy);
};

describe('Bool', () => {
  it.each([
    ['true', 'true', true],
    ['false', 'false', true],
    ['true', 'false', false],
    ['false', 'true', false],
    ['TRUE', 'true', true], // documented choice: case-insensitive
    ['true', 'True', true],
    ['yes', 'yes', false],
    ['1', '1', false],
    ['', '', false],
    ['true', 'maybe', false],
  ])('%j vs %j → %s', (request, policy, expected) => {
    expect(bool(request, policy)).toBe(expected);
  });

  it('is positive and takes no variables', () => {
    expect(getConditionOperator('Bool')).toMatchObject({
      negated: false,
      supportsVariables: false,
      family: 'Bool',
    });
  });
});
