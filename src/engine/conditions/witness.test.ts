import { describe, expect, it } from 'vitest';
import { buildRequestContext } from '../match/context';
import type { ConditionClause, ContextValue } from '../types';
import { evaluateClause } from './evaluate';
import { parseOperatorName } from './registry';
import { candidateValues, solveContext } from './witness';

const RANGE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function clause(operator: string, key: string, values: string | string[]): ConditionClause {
  const name = parseOperatorName(operator);
  if (name === null) throw new Error(`unknown operator ${operator}`);
  const list = typeof values === 'string' ? [values] : values;
  return { operator, ...name, key, values: list, range: RANGE, operatorRange: RANGE };
}

const NONE = buildRequestContext({});

/** Whether every clause holds in `context`. */
function holds(clauses: readonly ConditionClause[], context: Record<string, ContextValue>): boolean {
  const map = buildRequestContext(context);
  return clauses.every((c) => evaluateClause(c, map, true));
}

describe('solveContext', () => {
  it.each([
    ['StringEquals', 'aws:PrincipalTag/team', 'blue'],
    ['StringLike', 'aws:ResourceTag/env', 'prod-*'],
    ['Bool', 'aws:MultiFactorAuthPresent', 'true'],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '3600'],
    ['DateGreaterThan', 'aws:CurrentTime', '2030-01-01T00:00:00Z'],
    ['IpAddress', 'aws:SourceIp', '203.0.113.0/24'],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:s3:::bucket-*'],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', 'team'],
    ['Null', 'aws:TokenIssueTime', 'false'],
  ])('satisfies %s %s %s', (operator, key, value) => {
    const hold = [clause(operator, key, value)];
    const context = solveContext({ hold, avoid: [], fixed: new Set(), base: NONE });
    expect(context).not.toBeNull();
    expect(holds(hold, context ?? {})).toBe(true);
  });

  it('leaves a key out when that satisfies the clause (negated operators)', () => {
    const hold = [clause('StringNotEquals', 'aws:PrincipalTag/team', 'red')];
    expect(solveContext({ hold, avoid: [], fixed: new Set(), base: NONE })).toEqual({});
  });

  it('breaks a conditional Deny without breaking the Allow', () => {
    const hold = [clause('StringEquals', 'aws:PrincipalTag/team', 'blue')];
    const deny = [clause('BoolIfExists', 'aws:MultiFactorAuthPresent', 'false')];
    const context = solveContext({ hold, avoid: [deny], fixed: new Set(), base: NONE }) ?? {};
    expect(holds(hold, context)).toBe(true);
    expect(holds(deny, context)).toBe(false);
  });

  it('never sets or removes a fixed key', () => {
    const base = buildRequestContext({ 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/b' });
    const fixed = new Set(['iam:permissionsboundary']);
    const pinned = [clause('StringEquals', 'iam:PermissionsBoundary', 'arn:aws:iam::111122223333:policy/x')];
    expect(solveContext({ hold: pinned, avoid: [], fixed, base })).toBeNull();
    const same = [clause('StringEquals', 'iam:PermissionsBoundary', 'arn:aws:iam::111122223333:policy/b')];
    expect(solveContext({ hold: same, avoid: [], fixed, base })).toEqual({});
  });

  it('gives up on clauses no value satisfies together', () => {
    const hold = [
      clause('StringEquals', 'aws:PrincipalTag/team', 'blue'),
      clause('StringEquals', 'aws:PrincipalTag/team', 'red'),
    ];
    expect(solveContext({ hold, avoid: [], fixed: new Set(), base: NONE })).toBeNull();
  });
});

describe('candidateValues', () => {
  it('offers values on both sides of a bound', () => {
    expect(candidateValues(clause('NumericGreaterThan', 'k', '5'))).toEqual(
      expect.arrayContaining(['6', '4']),
    );
    expect(candidateValues(clause('DateLessThan', 'k', '2020-01-02T00:00:00Z'))).toEqual(
      expect.arrayContaining(['2020-01-01T00:00:00.000Z', '2020-01-03T00:00:00.000Z']),
    );
  });
});
