import { describe, expect, it } from 'vitest';
import type { ConditionOperator } from './operator';
import { getConditionOperator } from './registry';

function operator(name: string): ConditionOperator {
  const op = getConditionOperator(name);
  if (op === undefined) throw new Error(`unknown operator ${name}`);
  return op;
}

describe('string operators: positive comparison', () => {
  it.each([
    // operator, request value, policy value, expected
    ['StringEquals', 'abc', 'abc', true],
    ['StringEquals', 'ABC', 'abc', false],
    ['StringEquals', 'abc', 'a*', false],
    ['StringEquals', 'a*', 'a*', true],
    ['StringEquals', '', '', true],
    ['StringEqualsIgnoreCase', 'ABC', 'abc', true],
    ['StringEqualsIgnoreCase', 'abd', 'ABC', false],
    ['StringEqualsIgnoreCase', 'abc', 'a?c', false],
    ['StringLike', 'abc', 'a*', true],
    ['StringLike', 'abc', 'A*', false],
    ['StringLike', 'abc', 'a?c', true],
    ['StringLike', 'ac', 'a?c', false],
    ['StringLike', 'home/alice/', 'home/*/', true],
    ['StringLike', 'x:y:z', 'x*z', true],
    // Spec §4.1: StringLike's first `*` may eat `us-east-2:999999999999:store/abc:`.
    [
      'StringLike',
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      'arn:aws:someservice:*:111122223333:finance/*',
      true,
    ],
  ])('%s: %j vs %j → %s', (name, request, policy, expected) => {
    expect(operator(name).test(request, policy)).toBe(expected);
  });

  it.each([
    ['StringNotEquals', 'StringEquals'],
    ['StringNotEqualsIgnoreCase', 'StringEqualsIgnoreCase'],
    ['StringNotLike', 'StringLike'],
  ])('%s is the negated form of %s with the same positive test', (negated, positive) => {
    expect(operator(negated).negated).toBe(true);
    expect(operator(positive).negated).toBe(false);
    expect(operator(negated).test('abc', 'abc')).toBe(true);
    expect(operator(negated).test('abc', 'abd')).toBe(false);
  });

  it('all string operators accept variables; only the Like forms treat `*` as a wildcard', () => {
    for (const name of [
      'StringEquals',
      'StringNotEquals',
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
    ]) {
      expect(operator(name)).toMatchObject({
        family: 'String',
        supportsVariables: true,
        supportsWildcards: false,
      });
    }
    for (const name of ['StringLike', 'StringNotLike']) {
      expect(operator(name)).toMatchObject({
        family: 'String',
        supportsVariables: true,
        supportsWildcards: true,
      });
    }
  });

  it('StringLike with pieces keeps literal wildcards literal', () => {
    const pieces = [
      { text: 'team-', literal: false },
      { text: '*', literal: true },
      { text: '/*', literal: false },
    ];
    expect(operator('StringLike').testPieces?.('team-*/x', pieces)).toBe(true);
    expect(operator('StringLike').testPieces?.('team-a/x', pieces)).toBe(false);
  });
});
