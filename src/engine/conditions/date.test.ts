import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from './date';
import { getConditionOperator } from './registry';

const test = (name: string, request: string, policy: string): boolean => {
  const op = getConditionOperator(name);
  if (op === undefined) throw new Error(name);
  return op.test(request, policy);
};

const JAN_1_2020 = Date.UTC(2020, 0, 1);

describe('parseDate', () => {
  it.each([
    ['2020-01-01', JAN_1_2020],
    ['2020-01', JAN_1_2020],
    ['2020-01-01T00:00Z', JAN_1_2020],
    ['2020-01-01T00:00:00Z', JAN_1_2020],
    ['2020-01-01t00:00:00z', JAN_1_2020],
    ['2020-01-01T00:00:00', JAN_1_2020], // no offset: UTC (documented choice)
    ['2020-01-01T01:00:00+01:00', JAN_1_2020],
    ['2020-01-01T01:00:00+0100', JAN_1_2020],
    ['2019-12-31T19:00:00-05:00', JAN_1_2020],
    ['2020-01-01T05:30:00+05:30', JAN_1_2020],
    ['2020-01-01T00:00:00.5Z', JAN_1_2020 + 500],
    ['2020-01-01T00:00:00.123456Z', JAN_1_2020 + 123.456],
    ['1577836800', JAN_1_2020], // epoch seconds
    ['0', 0],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['0001-01-01', new Date('0001-01-01T00:00:00Z').getTime()],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text)).toBeCloseTo(expected, 6);
  });

  it.each([
    '',
    'yesterday',
    '2020-13-01',
    '2020-00-10',
    '2020-02-30',
    '2023-02-29',
    '2020-01-01T24:00:00Z',
    '2020-01-01T10:60:00Z',
    '2020-01-01T10:00:60Z',
    '2020-01-01T10Z',
    '2020-01-01 10:00:00Z',
    '2020-01-01T10:00:00+25:00',
    '-1',
    '1.5',
  ])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads an all-digit value as epoch seconds, not as a year (documented choice)', () => {
    expect(parseDate('2020')).toBe(2020 * 1000);
    expect(parseDate('20200101')).toBe(20200101 * 1000);
  });

  it('property: agrees with JavaScript for ISO strings it produces', () => {
    const instant = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(fc.property(instant, (ms) => parseDate(new Date(ms).toISOString()) === ms));
  });

  it('property: epoch seconds and the ISO form of the same instant are equal', () => {
    const seconds = fc.integer({ min: 0, max: 4_102_444_800 });
    fc.assert(
      fc.property(seconds, (s) => parseDate(String(s)) === parseDate(new Date(s * 1000).toISOString())),
    );
  });
});

describe('date operators', () => {
  it.each([
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01', true],
    ['DateEquals', '1577836800', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T01:00:00+01:00', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:01Z', '2020-01-01', false],
    ['DateNotEquals', '2020-01-01T00:00:00Z', '2020-01-01', true], // positive test; evaluator negates
    ['DateLessThan', '2020-06-30T23:59:59Z', '2020-07-01T00:00:00Z', true],
    ['DateLessThan', '2020-07-01T00:00:00Z', '2020-07-01T00:00:00Z', false],
    ['DateLessThanEquals', '2020-07-01T00:00:00Z', '2020-07-01', true],
    ['DateGreaterThan', '2020-04-01T00:00:01Z', '2020-04-01T00:00:00Z', true],
    // 23:00 in New York is 04:00 the next day in UTC.
    ['DateGreaterThan', '2020-04-01T23:00:00-05:00', '2020-04-02T03:59:59Z', true],
    ['DateGreaterThanEquals', '1585699200', '2020-04-01', true],
    ['DateEquals', 'not a date', 'not a date', false],
    ['DateLessThan', '2020-01-01', 'soon', false],
  ])('%s: %j vs %j → %s', (name, request, policy, expected) => {
    expect(test(name, request, policy)).toBe(expected);
  });
});
