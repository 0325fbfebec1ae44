import { describe, expect, it } from 'vitest';
import { buildRequestContext } from '../match/context';
import type { ConditionClause, ContextValue } from '../types';
import { evaluateClause, evaluateConditions } from './evaluate';
import { parseOperatorName } from './registry';

const RANGE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function clause(operator: string, key: string, values: string | string[]): ConditionClause {
  const name = parseOperatorName(operator);
  if (name === null) throw new Error(`unknown operator ${operator}`);
  return {
    operator,
    ...name,
    key,
    values: typeof values === 'string' ? [values] : values,
    range: RANGE,
    operatorRange: RANGE,
  };
}

type Case = [
  operator: string,
  key: string,
  values: string | string[],
  context: Record<string, ContextValue>,
  expected: boolean,
];

const run = ([operator, key, values, context]: Case, variables = true): boolean =>
  evaluateClause(clause(operator, key, values), buildRequestContext(context), variables);

describe('several policy values: OR for positive operators, NOR for negated ones (§4.2)', () => {
  it.each<Case>([
    [
      'StringEquals',
      'aws:RequestedRegion',
      ['us-east-1', 'eu-west-1'],
      { 'aws:RequestedRegion': 'eu-west-1' },
      true,
    ],
    [
      'StringEquals',
      'aws:RequestedRegion',
      ['us-east-1', 'eu-west-1'],
      { 'aws:RequestedRegion': 'ap-south-1' },
      false,
    ],
    [
      'StringNotEquals',
      'aws:RequestedRegion',
      ['us-east-1', 'eu-west-1'],
      { 'aws:RequestedRegion': 'eu-west-1' },
      false,
    ],
    [
      'StringNotEquals',
      'aws:RequestedRegion',
      ['us-east-1', 'eu-west-1'],
      { 'aws:RequestedRegion': 'ap-south-1' },
      true,
    ],
    ['NotIpAddress', 'aws:SourceIp', ['10.0.0.0/8', '192.0.2.0/24'], { 'aws:SourceIp': '192.0.2.9' }, false],
    [
      'NotIpAddress',
      'aws:SourceIp',
      ['10.0.0.0/8', '192.0.2.0/24'],
      { 'aws:SourceIp': '198.51.100.1' },
      true,
    ],
    [
      'ArnNotLike',
      'aws:PrincipalArn',
      ['arn:aws:iam::*:role/Admin', 'arn:aws:iam::*:role/Ops*'],
      { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/OpsTeam' },
      false,
    ],
    [
      'DateNotEquals',
      'aws:CurrentTime',
      ['2020-01-01', '2020-01-02'],
      { 'aws:CurrentTime': '2020-01-02T00:00:00Z' },
      false,
    ],
    ['NumericNotEquals', 's3:max-keys', ['10', '20'], { 's3:max-keys': '30' }, true],
    ['NumericNotEquals', 's3:max-keys', ['10', 'x'], { 's3:max-keys': '30' }, true],
    ['NumericNotEquals', 's3:max-keys', '10', { 's3:max-keys': 'ten' }, true], // documented: unparseable = no match
    ['NumericEquals', 's3:max-keys', '10', { 's3:max-keys': 'ten' }, false],
  ])('%s %s %j with %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });
});

describe('missing keys (§4.3)', () => {
  const none = {};
  it.each<Case>([
    ['StringEquals', 'aws:PrincipalTag/team', 'dev', none, false],
    ['StringNotEquals', 'aws:PrincipalTag/team', 'dev', none, true],
    ['StringLike', 'aws:PrincipalTag/team', '*', none, false],
    ['StringNotLike', 'aws:PrincipalTag/team', '*', none, true],
    ['ArnLike', 'aws:SourceArn', 'arn:*:*:*:*:*', none, false],
    ['ArnNotLike', 'aws:SourceArn', 'arn:*:*:*:*:*', none, true],
    ['IpAddress', 'aws:SourceIp', '0.0.0.0/0', none, false],
    ['NotIpAddress', 'aws:SourceIp', '10.0.0.0/8', none, true],
    ['Bool', 'aws:MultiFactorAuthPresent', 'false', none, false],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '3600', none, false],
    ['DateGreaterThan', 'aws:TokenIssueTime', '2020-01-01', none, false],
    ['BinaryEquals', 'k', 'QQ==', none, false],
    ['StringEqualsIfExists', 'aws:PrincipalTag/team', 'dev', none, true],
    ['StringNotEqualsIfExists', 'aws:PrincipalTag/team', 'dev', none, true],
    ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'true', none, true],
    ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'true', { 'aws:MultiFactorAuthPresent': 'false' }, false],
    ['StringNotEqualsIfExists', 'aws:PrincipalTag/team', 'dev', { 'aws:PrincipalTag/team': 'dev' }, false],
    ['Null', 'aws:TokenIssueTime', 'true', none, true],
    ['Null', 'aws:TokenIssueTime', 'false', none, false],
    ['Null', 'aws:TokenIssueTime', 'true', { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, false],
    ['Null', 'aws:TokenIssueTime', 'false', { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, true],
    ['Null', 'aws:TokenIssueTime', ['true', 'false'], none, true],
    ['Null', 'aws:TokenIssueTime', 'TRUE', none, true],
    ['Null', 'aws:TokenIssueTime', 'yes', none, false],
    ['Null', 'aws:TagKeys', 'true', { 'aws:TagKeys': [] }, true], // documented: empty array = absent
    ['Null', 'aws:TagKeys', 'false', { 'aws:TagKeys': ['a'] }, true],
    ['NullIfExists', 'aws:TokenIssueTime', 'false', none, false], // documented: IfExists ignored on Null
    ['StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }, false],
    ['StringNotEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': [] }, true],
  ])('%s %s %j with %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });
});

describe('set qualifiers (§4.4)', () => {
  const tags = (...keys: string[]) => ({ 'aws:TagKeys': keys });
  it.each<Case>([
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('env'), true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('env', 'team'), true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('env', 'cost'), false],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env'], {}, true], // missing → true
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env'], tags(), true], // empty → true
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('cost', 'team'), true],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('cost'), false],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], {}, false], // missing → false
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], tags(), false], // empty → false
    ['ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['env'], {}, true],
    ['ForAllValues:StringLike', 'aws:TagKeys', 'Created*', tags('CreatedBy', 'CreatedAt'), true],
    ['ForAllValues:StringLike', 'aws:TagKeys', 'Created*', tags('CreatedBy', 'Owner'), false],
    // Negated operators inside set operators apply per request value.
    ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['secret', 'admin'], tags('env', 'team'), true],
    ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['secret', 'admin'], tags('env', 'admin'), false],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env', 'team'], tags('env', 'cost'), true],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env', 'team'], tags('env', 'team'), false],
    ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['x'], {}, true],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['x'], {}, false],
    // A single-valued key under a set qualifier is a one-element set.
    [
      'ForAnyValue:StringEquals',
      'aws:RequestedRegion',
      'us-east-1',
      { 'aws:RequestedRegion': 'us-east-1' },
      true,
    ],
    [
      'ForAllValues:StringEquals',
      'aws:RequestedRegion',
      'us-east-1',
      { 'aws:RequestedRegion': 'eu-west-1' },
      false,
    ],
    // Null with a qualifier always returns true (ForAllValues) or false (ForAnyValue).
    ['ForAllValues:Null', 'aws:TagKeys', 'false', {}, true],
    ['ForAnyValue:Null', 'aws:TagKeys', 'true', {}, false],
    ['ForAnyValue:NumericGreaterThan', 'k', '5', { k: ['1', '9'] }, true],
    ['ForAllValues:NumericGreaterThan', 'k', '5', { k: ['1', '9'] }, false],
  ])('%s %s %j with %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });
});

describe('bare operators on multivalued keys (documented choice: never match)', () => {
  it.each<Case>([
    ['StringEquals', 'aws:TagKeys', 'env', { 'aws:TagKeys': ['env'] }, false],
    ['StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['env', 'team'] }, false],
    ['StringLike', 'aws:TagKeys', '*', { 'aws:TagKeys': ['env', 'team'] }, false],
    ['StringNotEquals', 'aws:TagKeys', 'secret', { 'aws:TagKeys': ['env'] }, false],
    ['StringEqualsIfExists', 'aws:TagKeys', 'env', { 'aws:TagKeys': ['env'] }, false],
    // The same key as a plain string is single-valued.
    ['StringEquals', 'aws:TagKeys', 'env', { 'aws:TagKeys': 'env' }, true],
  ])('%s %s %j with %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });
});

describe('key names are case-insensitive, values follow the operator (§4.5)', () => {
  it.each<Case>([
    ['StringEquals', 'AWS:SOURCEVPC', 'vpc-1', { 'aws:SourceVpc': 'vpc-1' }, true],
    ['StringEquals', 'aws:ResourceTag/Team', 'dev', { 'aws:resourcetag/team': 'dev' }, true],
    ['StringEquals', 'aws:ResourceTag/Team', 'Dev', { 'aws:ResourceTag/Team': 'dev' }, false],
    ['StringEqualsIgnoreCase', 'aws:ResourceTag/Team', 'Dev', { 'aws:ResourceTag/Team': 'dev' }, true],
    ['StringNotEqualsIgnoreCase', 'aws:ResourceTag/Team', 'Dev', { 'aws:ResourceTag/Team': 'dev' }, false],
  ])('%s %s %j with %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });
});

describe('policy variables in condition values (§4.6)', () => {
  const ctx = {
    'aws:username': 'alice',
    'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin',
    'aws:PrincipalTag/team': 'dev*',
    's3:prefix': 'home/alice/docs',
    'aws:SourceArn': 'arn:aws:iam::111122223333:role/Admin',
    'aws:TagKeys': ['a'],
  };
  it.each<Case>([
    ['StringLike', 's3:prefix', 'home/${aws:username}/*', ctx, true],
    ['StringLike', 's3:prefix', 'home/${aws:userid}/*', ctx, false], // missing variable: positive fails
    ['StringNotLike', 's3:prefix', 'home/${aws:userid}/*', ctx, true], // … negated holds
    ['StringNotLike', 's3:prefix', ['home/${aws:userid}/*', 'home/*'], ctx, false], // other values still count
    ['StringLike', 's3:prefix', ['home/${aws:userid}/*', 'home/*'], ctx, true],
    ['StringLike', 's3:prefix', "home/${aws:userid, 'alice'}/*", ctx, true], // default value
    ['StringEquals', 'aws:username', '${aws:username}', ctx, true],
    ['StringEqualsIgnoreCase', 'aws:username', 'ALICE', ctx, true],
    ['StringEqualsIgnoreCase', 'aws:username', "${aws:PrincipalTag/missing, 'ALICE'}", ctx, true],
    // Substituted values are literal: the tag value `dev*` is not a wildcard.
    [
      'StringLike',
      'aws:ResourceTag/team',
      '${aws:PrincipalTag/team}',
      { ...ctx, 'aws:ResourceTag/team': 'developers' },
      false,
    ],
    [
      'StringLike',
      'aws:ResourceTag/team',
      '${aws:PrincipalTag/team}',
      { ...ctx, 'aws:ResourceTag/team': 'dev*' },
      true,
    ],
    [
      'StringLike',
      'aws:ResourceTag/team',
      '${aws:PrincipalTag/team}*',
      { ...ctx, 'aws:ResourceTag/team': 'dev*ops' },
      true,
    ],
    ['StringLike', 's3:prefix', 'home/${*}', { 's3:prefix': 'home/*' }, true],
    ['StringLike', 's3:prefix', 'home/${*}', { 's3:prefix': 'home/x' }, false],
    ['ArnEquals', 'aws:SourceArn', '${aws:PrincipalArn}', ctx, true],
    ['ArnNotEquals', 'aws:SourceArn', '${aws:PrincipalArn}', ctx, false],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:iam::111122223333:role/${aws:username}', ctx, false],
    // Multivalued keys cannot be variables.
    ['StringEquals', 'aws:username', '${aws:TagKeys}', ctx, false],
    // Only String and ARN operators substitute: a Null/Bool/Numeric value stays literal.
    ['NumericEquals', 'k', '${aws:username}', { k: '1', 'aws:username': '1' }, false],
  ])('%s %s %j → %s', (...c) => {
    expect(run(c)).toBe(c[4]);
  });

  it('keeps `${…}` literal when variables are disabled', () => {
    const c: Case = [
      'StringEquals',
      'k',
      '${aws:username}',
      { k: '${aws:username}', 'aws:username': 'alice' },
      true,
    ];
    expect(run(c, false)).toBe(true);
    expect(run(c, true)).toBe(false);
  });
});

describe('evaluateConditions', () => {
  const context = buildRequestContext({ 'aws:SourceIp': '10.1.2.3', 'aws:RequestedRegion': 'eu-west-1' });

  it('is true with no clauses', () => {
    expect(evaluateConditions([], context, true)).toEqual({ matched: true });
  });

  it('ANDs every clause', () => {
    const clauses = [
      clause('IpAddress', 'aws:SourceIp', '10.0.0.0/8'),
      clause('StringEquals', 'aws:RequestedRegion', 'eu-west-1'),
    ];
    expect(evaluateConditions(clauses, context, true)).toEqual({ matched: true });
  });

  it('reports the first failing clause with the request values', () => {
    const failing = clause('StringEquals', 'AWS:RequestedRegion', ['us-east-1']);
    const later = clause('StringEquals', 'aws:SourceVpc', 'vpc-1');
    const result = evaluateConditions(
      [clause('IpAddress', 'aws:SourceIp', '10.0.0.0/8'), failing, later],
      context,
      true,
    );
    expect(result).toEqual({ matched: false, clause: failing, requestValues: ['eu-west-1'] });
  });

  it('reports null request values for a missing key', () => {
    const failing = clause('StringEquals', 'aws:SourceVpc', 'vpc-1');
    expect(evaluateConditions([failing], context, true)).toEqual({
      matched: false,
      clause: failing,
      requestValues: null,
    });
  });

  it('an unknown operator never holds', () => {
    const bogus: ConditionClause = {
      ...clause('StringEquals', 'aws:SourceIp', '10.1.2.3'),
      baseOperator: 'StringEqualz',
    };
    expect(evaluateClause(bogus, context, true)).toBe(false);
  });
});
