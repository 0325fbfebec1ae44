import { describe, expect, it } from 'vitest';
import { isBooleanText, isDateText, isIpText, isNumberText } from './valueFormats';

describe('condition value formats', () => {
  it.each([
    ['true', true],
    ['FALSE', true],
    ['yes', false],
    ['1', false],
    ['', false],
  ])('isBooleanText(%j) is %s', (v, ok) => expect(isBooleanText(v)).toBe(ok));

  it.each([
    ['10', true],
    ['-3', true],
    ['1.50', true],
    ['.5', true],
    ['ten', false],
    ['1e3', false],
    ['1.2.3', false],
    ['', false],
  ])('isNumberText(%j) is %s', (v, ok) => expect(isNumberText(v)).toBe(ok));

  it.each([
    ['2024', true],
    ['2024-01', true],
    ['2024-01-31', true],
    ['2024-01-31T12:00Z', true],
    ['2024-01-31T12:00:59Z', true],
    ['2024-01-31T12:00:59.123+02:00', true],
    ['1700000000', true],
    ['2024-13-01', false],
    ['2024-01-32', false],
    ['2024-01-31T24:00:00Z', false],
    ['yesterday', false],
    ['2024/01/31', false],
  ])('isDateText(%j) is %s', (v, ok) => expect(isDateText(v)).toBe(ok));

  it.each([
    ['203.0.113.7', true],
    ['203.0.113.0/24', true],
    ['0.0.0.0/0', true],
    ['10.0.0.256', false],
    ['10.0.0', false],
    ['10.0.0.1/33', false],
    ['01.2.3.4', false],
    ['2001:db8::/32', true],
    ['::1', true],
    ['::', true],
    ['::ffff:192.0.2.1', true],
    ['2001:db8:0:0:0:0:0:1', true],
    ['2001:db8:0:0:0:0:0:0:1', false],
    ['2001:db8::1::2', false],
    ['2001:db8::/129', false],
    ['gggg::1', false],
    ['1.2.3.4/', false],
    ['', false],
  ])('isIpText(%j) is %s', (v, ok) => expect(isIpText(v)).toBe(ok));
});
