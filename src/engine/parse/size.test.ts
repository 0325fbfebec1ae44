import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parsePolicy';
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

describe('the size quota in parsePolicy', () => {
  const big = `{\n  "Version": "2012-10-17",\n  "Statement": [${Array.from(
    { length: 120 },
    (_, i) =>
      `{"Sid": "S${i}", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket-${i}/*"}`,
  ).join(',\n')}]\n}\n`;

  it('marks an oversized customer policy once, on its first line, with the count', () => {
    const result = parsePolicy(big, 'identity');
    const size = result.diagnostics.filter((d) => d.code === 'policy-size');
    expect(size).toHaveLength(1);
    expect(size[0]?.severity).toBe('error');
    expect(size[0]?.range.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(size[0]?.range.end.line).toBe(1);
    expect(size[0]?.message).toMatch(/over the limit of 6,144/);
    expect(result.size.limit).toBe(6144);
  });

  it('holds an AWS managed policy to no customer quota', () => {
    const result = parsePolicy(big, 'identity', { awsManaged: true });
    expect(result.diagnostics.filter((d) => d.code === 'policy-size')).toEqual([]);
    expect(result.size.limit).toBeNull();
  });
});
