import { describe, expect, it } from 'vitest';
import { parseOperator } from './operators';

describe('parseOperator', () => {
  it.each([
    ['StringEquals', null, 'StringEquals', false, 'string'],
    ['StringLikeIfExists', null, 'StringLike', true, 'string'],
    ['ForAllValues:StringEquals', 'ForAllValues', 'StringEquals', false, 'string'],
    ['ForAnyValue:ArnLikeIfExists', 'ForAnyValue', 'ArnLike', true, 'arn'],
    ['NullIfExists', null, 'Null', true, 'null'],
    ['DateLessThan', null, 'DateLessThan', false, 'date'],
    ['NotIpAddress', null, 'NotIpAddress', false, 'ip'],
  ])('%s', (name, qualifier, base, ifExists, family) => {
    expect(parseOperator(name)).toMatchObject({
      qualifier,
      baseOperator: base,
      ifExists,
      family,
      badQualifier: null,
      suggestion: null,
    });
  });

  it.each([
    ['stringequals', 'StringEquals'],
    ['StringEqualsIFEXISTS', 'StringEqualsIfExists'],
    ['ForAllValues:stringlike', 'ForAllValues:StringLike'],
    ['ForAllValue:StringLike', 'ForAllValues:StringLike'],
    ['forAnyValues:ArnEquals', 'ForAnyValue:ArnEquals'],
  ])('suggests the right case for %s', (name, suggestion) => {
    expect(parseOperator(name).suggestion).toBe(suggestion);
  });

  it.each(['StringEqual', 'toString', 'constructor', '__proto__', '', ':'])('rejects %j', (name) => {
    expect(parseOperator(name).family).toBeNull();
  });

  it('flags an unknown qualifier', () => {
    expect(parseOperator('ForSomeValues:StringEquals').badQualifier).toEqual({
      text: 'ForSomeValues',
      suggestion: null,
    });
  });
});

describe('operator typos', () => {
  it.each([
    ['StringEqualz', 'StringEquals'],
    ['stringequals', 'StringEquals'],
    ['NumericLessThen', 'NumericLessThan'],
    ['IpAdress', 'IpAddress'],
    ['ForAnyValue:StringLikee', 'ForAnyValue:StringLike'],
    ['StringEqualzIfExists', 'StringEqualsIfExists'],
  ])('suggests %s → %s', (typed, meant) => {
    expect(parseOperator(typed).suggestion).toBe(meant);
  });

  it.each(['Foo', 'Whatever', 'ArnNotLikeAtAll'])(
    'suggests nothing for %s, which is near no operator',
    (typed) => {
      expect(parseOperator(typed).suggestion).toBeNull();
    },
  );
});
