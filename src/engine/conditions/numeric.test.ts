import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './numeric';
import { getConditionOperator } from './registry';

const test = (name: string, request: string, policy: string): boolean => {
  const op = getConditionOperator(name);
  if (op === undefined) throw new Error(name);
  return op.test(request, policy);
};

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['+7', 7],
    ['1.0', 1],
    ['1.', 1],
    ['.5', 0.5],
    ['-0.25', -0.25],
    ['007', 7],
  ])('%j → %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '1e3',
    '0x10',
    'Infinity',
    'NaN',
    'one',
    '1.2.3',
    '-',
    '.',
    '1,000',
    '9'.repeat(400),
  ])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('numeric operators', () => {
  it('never let a number too large for a double pass as Infinity', () => {
    const huge = `1${'0'.repeat(400)}`;
    expect(test('NumericLessThan', '5', huge)).toBe(false);
    expect(test('NumericGreaterThan', huge, '5')).toBe(false);
  });

  it.each([
    ['NumericEquals', '1', '1.0', true],
    ['NumericEquals', '0.5', '.5', true],
    ['NumericEquals', '10', '1', false],
    ['NumericNotEquals', '10', '1', false], // positive test (equality); negation is applied by the evaluator
    ['NumericLessThan', '9', '10', true],
    ['NumericLessThan', '10', '10', false],
    ['NumericLessThanEquals', '10', '10', true],
    ['NumericGreaterThan', '10', '9', true],
    ['NumericGreaterThan', '-1', '0', false],
    ['NumericGreaterThanEquals', '2.5', '2.5', true],
    // Numeric, not lexical: "9" < "10".
    ['NumericLessThan', '9', '10', true],
    ['NumericEquals', 'abc', 'abc', false],
    ['NumericLessThan', '1', 'ten', false],
    ['NumericGreaterThan', '', '0', false],
  ])('%s: %j vs %j → %s', (name, request, policy, expected) => {
    expect(test(name, request, policy)).toBe(expected);
  });

  it('property: the operators agree with number comparison', () => {
    const decimal = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const [r, p] = [String(a), String(b)];
        expect(test('NumericEquals', r, p)).toBe(a === b);
        expect(test('NumericLessThan', r, p)).toBe(a < b);
        expect(test('NumericLessThanEquals', r, p)).toBe(a <= b);
        expect(test('NumericGreaterThan', r, p)).toBe(a > b);
        expect(test('NumericGreaterThanEquals', r, p)).toBe(a >= b);
      }),
    );
  });

  it('only NumericNotEquals is negated, and none accepts variables', () => {
    for (const name of [
      'NumericEquals',
      'NumericLessThan',
      'NumericLessThanEquals',
      'NumericGreaterThan',
      'NumericGreaterThanEquals',
    ]) {
      expect(getConditionOperator(name)).toMatchObject({ negated: false, supportsVariables: false });
    }
    expect(getConditionOperator('NumericNotEquals')).toMatchObject({
      negated: true,
      supportsVariables: false,
    });
  });
});
