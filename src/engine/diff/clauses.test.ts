/** Implication between condition clauses: what may be proven, and what must not be. */

import { describe, expect, it } from 'vitest';

import { ZERO_RANGE } from '../scenario/textPosition';
import type { ConditionClause } from '../types';
import { clauseImplies, clausesImply } from './clauses';

/** A clause as the parser gives it, from `operator` as written. */
function clause(operator: string, key: string, ...values: string[]): ConditionClause {
  const [qualifier, rest] = operator.includes(':')
    ? (operator.split(':') as [string, string])
    : [null, operator];
  const ifExists = rest.endsWith('IfExists');
  return {
    operator,
    baseOperator: ifExists ? rest.slice(0, -'IfExists'.length) : rest,
    qualifier: qualifier as ConditionClause['qualifier'],
    ifExists,
    key,
    values,
    range: ZERO_RANGE,
    operatorRange: ZERO_RANGE,
  };
}

describe('clauseImplies', () => {
  it.each([
    [
      'the same clause, key case aside',
      clause('StringEquals', 'aws:RequestTag/t', 'a'),
      clause('StringEquals', 'AWS:requesttag/t', 'a'),
    ],
    [
      'fewer values of a positive operator',
      clause('StringEquals', 'k:x', 'a'),
      clause('StringEquals', 'k:x', 'a', 'b'),
    ],
    [
      'more values of a negated operator',
      clause('StringNotEquals', 'k:x', 'a', 'b'),
      clause('StringNotEquals', 'k:x', 'a'),
    ],
    [
      'StringEquals a value into StringLike the same',
      clause('StringEquals', 'k:x', 'a*'),
      clause('StringLike', 'k:x', 'a*', 'b'),
    ],
    [
      'ArnEquals into ArnLike (AWS treats them alike)',
      clause('ArnEquals', 'aws:SourceArn', 'arn:aws:s3:::b'),
      clause('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::b'),
    ],
    [
      'a clause without IfExists into one with it',
      clause('StringEquals', 'k:x', 'a'),
      clause('StringEqualsIfExists', 'k:x', 'a'),
    ],
    [
      'the same set qualifier with fewer values',
      clause('ForAnyValue:StringEquals', 'aws:TagKeys', 'a'),
      clause('ForAnyValue:StringEquals', 'aws:TagKeys', 'a', 'b'),
    ],
    [
      'a principal ARN of an account into that account',
      clause('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/*'),
      clause('StringEquals', 'aws:PrincipalAccount', '111122223333'),
    ],
  ])('holds for %s', (_, inner, outer) => {
    expect(clauseImplies(inner, outer)).toBe(true);
  });

  it.each([
    [
      'more values of a positive operator',
      clause('StringEquals', 'k:x', 'a', 'b'),
      clause('StringEquals', 'k:x', 'a'),
    ],
    [
      'fewer values of a negated operator',
      clause('StringNotEquals', 'k:x', 'a'),
      clause('StringNotEquals', 'k:x', 'a', 'b'),
    ],
    ['another key', clause('StringEquals', 'k:x', 'a'), clause('StringEquals', 'k:y', 'a')],
    ['StringLike into StringEquals', clause('StringLike', 'k:x', 'a'), clause('StringEquals', 'k:x', 'a')],
    [
      'IfExists into a clause without it (the key may be absent)',
      clause('StringEqualsIfExists', 'k:x', 'a'),
      clause('StringEquals', 'k:x', 'a'),
    ],
    [
      'another set qualifier',
      clause('ForAllValues:StringEquals', 'aws:TagKeys', 'a'),
      clause('ForAnyValue:StringEquals', 'aws:TagKeys', 'a', 'b'),
    ],
    ['Null with other values', clause('Null', 'k:x', 'true'), clause('Null', 'k:x', 'true', 'false')],
    [
      'a principal ARN of another account',
      clause('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::444455556666:role/r'),
      clause('StringEquals', 'aws:PrincipalAccount', '111122223333'),
    ],
    [
      'a principal ARN whose account is a wildcard',
      clause('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/r'),
      clause('StringEquals', 'aws:PrincipalAccount', '111122223333'),
    ],
  ])('does not hold for %s', (_, inner, outer) => {
    expect(clauseImplies(inner, outer)).toBe(false);
  });
});

describe('clausesImply', () => {
  it('needs every outer clause implied by some inner clause', () => {
    const a = clause('StringEquals', 'k:a', '1');
    const b = clause('Bool', 'aws:SecureTransport', 'true');
    expect(clausesImply([a, b], [b])).toBe(true);
    expect(clausesImply([a], [a, b])).toBe(false);
    expect(clausesImply([], [])).toBe(true);
    expect(clausesImply([a], [])).toBe(true);
  });
});
