import { describe, expect, it } from 'vitest';
import { countPolicySize, formatCount } from './size';

describe('countPolicySize', () => {
  it('counts every character when whitespace counts', () => {
    expect(countPolicySize('{ "a" : "b c" }\n', true)).toBe(16);
  });

  it.each([
    ['{ "a" : "b c" }\n', '{"a":"b c"}'],
    ['{\r\n\t"a":\t[ 1 , 2 ]\n}', '{"a":[1,2]}'],
    ['{"a": "x\\" y  z"}', '{"a":"x\\" y  z"}'],
    ['{"a": "\\\\" , "b" : 1}', '{"a":"\\\\","b":1}'],
    ['{"a": "unterminated   ', '{"a":"unterminated   '],
  ])('skips only whitespace outside strings in %j', (text, minified) => {
    expect(countPolicySize(text, false)).toBe(minified.length);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [6144, '6,144'],
    [1234567, '1,234,567'],
  ])('%d → %s', (n, s) => expect(formatCount(n)).toBe(s));
});
