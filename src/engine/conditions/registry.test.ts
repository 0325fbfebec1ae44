import { describe, expect, it } from 'vitest';
import { CONDITION_OPERATORS, getConditionOperator, parseOperatorName } from './registry';

// The complete list of docs/iam-semantics.md §4.1 (condition-operators page).
const DOCUMENTED = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
];
const NEGATED = [
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
];
const WITH_VARIABLES = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
];

describe('CONDITION_OPERATORS', () => {
  it('lists exactly the documented operators', () => {
    expect([...CONDITION_OPERATORS].sort()).toEqual([...DOCUMENTED].sort());
  });

  it.each(DOCUMENTED)('%s: negated and variable flags follow docs/iam-semantics.md §4.1/§4.6', (name) => {
    expect(getConditionOperator(name)).toMatchObject({
      name,
      negated: NEGATED.includes(name),
      supportsVariables: WITH_VARIABLES.includes(name),
    });
  });

  it('operator names are case-sensitive keywords', () => {
    expect(getConditionOperator('stringequals')).toBeUndefined();
  });
});

describe('parseOperatorName', () => {
  it.each([
    ['StringEquals', { baseOperator: 'StringEquals', qualifier: null, ifExists: false }],
    ['StringLikeIfExists', { baseOperator: 'StringLike', qualifier: null, ifExists: true }],
    ['ForAnyValue:StringLike', { baseOperator: 'StringLike', qualifier: 'ForAnyValue', ifExists: false }],
    [
      'ForAllValues:ArnNotLikeIfExists',
      { baseOperator: 'ArnNotLike', qualifier: 'ForAllValues', ifExists: true },
    ],
    ['NullIfExists', { baseOperator: 'Null', qualifier: null, ifExists: true }],
    ['BoolIfExists', { baseOperator: 'Bool', qualifier: null, ifExists: true }],
  ])('%s', (name, expected) => {
    expect(parseOperatorName(name)).toEqual(expected);
  });

  it.each([
    '',
    'StringEqual',
    'IfExists',
    'ForAnyValue:',
    'forAnyValue:StringLike',
    'ForSomeValues:StringLike',
    'StringLikeIfexists',
    'ForAnyValue:ForAllValues:StringLike',
  ])('%j is not an operator', (name) => {
    expect(parseOperatorName(name)).toBeNull();
  });
});
