import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequestContext } from './context';
import { resourceMatches } from './resource';

const EMPTY = buildRequestContext({});
const matches = (pattern: string, resource: string): boolean =>
  resourceMatches(pattern, resource, true, EMPTY).matched;

describe('resourceMatches: wildcards', () => {
  it.each([
    ['*', 'arn:aws:s3:::bucket/key', true],
    ['*', '*', true],
    // Documented choice: only the pattern `*` matches the resource `*` of wildcard-only actions.
    ['arn:aws:s3:::*', '*', false],
    ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
    ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket2', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b/c.txt', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::example?bucket/*', 'arn:aws:s3:::example1bucket/k', true],
    ['arn:aws:s3:::example?bucket/*', 'arn:aws:s3:::examplebucket/k', false],
    ['arn:aws:iam::111122223333:user/accounting/*', 'arn:aws:iam::111122223333:user/accounting/Bob', true],
    ['arn:aws:iam::111122223333:user/accounting/*', 'arn:aws:iam::111122223333:user/sales/Bob', false],
    // "In the Resource element, the IAM user name is case sensitive."
    ['arn:aws:iam::111122223333:user/Bob', 'arn:aws:iam::111122223333:user/bob', false],
    ['arn:aws:IAM::111122223333:user/Bob', 'arn:aws:iam::111122223333:user/Bob', false],
    ['arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true],
    ['arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:444455556666:instance/i-1', false],
    ['arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-east-2:111122223333:instance/i-1', true],
  ])('%j vs %j → %s', (pattern, resource, expected) => {
    expect(matches(pattern, resource)).toBe(expected);
  });
});

describe('resourceMatches: the Resource page S3 example (`*` spans `/`)', () => {
  const pattern = 'arn:aws:s3:::amzn-s3-demo-bucket/*/test/*';
  it.each([
    'amzn-s3-demo-bucket/1/test/object.jpg',
    'amzn-s3-demo-bucket/1/2/test/object.jpg',
    'amzn-s3-demo-bucket/1/2/test/3/object.jpg',
    'amzn-s3-demo-bucket/1/2/3/test/4/object.jpg',
    'amzn-s3-demo-bucket/1///test///object.jpg',
    'amzn-s3-demo-bucket/1/test/.jpg',
    'amzn-s3-demo-bucket//test/object.jpg',
    'amzn-s3-demo-bucket/1/test/',
  ])('matches %s', (key) => {
    expect(matches(pattern, `arn:aws:s3:::${key}`)).toBe(true);
  });
  it.each([
    'amzn-s3-demo-bucket/1-test/object.jpg',
    'amzn-s3-demo-bucket/test/object.jpg',
    'amzn-s3-demo-bucket/1/2/test.jpg',
  ])('does not match %s', (key) => {
    expect(matches(pattern, `arn:aws:s3:::${key}`)).toBe(false);
  });
});

describe('resourceMatches: a `*` ending a segment may cross `:`, other wildcards may not', () => {
  const stream = 'arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:s1';
  it.each([
    // `*` is the last character of its colon-separated piece: expands across colons.
    ['arn:aws:logs:us-east-1:111122223333:log-group:*', stream, true],
    ['arn:aws:logs:us-east-1:111122223333:log-group:a*', stream, true],
    ['arn:aws:ec2:*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', true],
    ['arn:aws:s3:::*', 'arn:aws:s3:::bucket:with:colons', true],
    // `*` followed by more text in its piece: stays inside the piece.
    ['arn:aws:logs:us-east-1:111122223333:log-group:a*1', stream, false],
    ['arn:aws:logs:us-east-1:111122223333:log-group:app*stream', stream, false],
    [
      'arn:aws:logs:us-east-1:111122223333:log-group:app*stream',
      'arn:aws:logs:us-east-1:111122223333:log-group:app-log-stream',
      true,
    ],
    // `?` never matches `:`.
    ['arn:aws:s3:::a?b', 'arn:aws:s3:::a:b', false],
    ['arn:aws:s3:::a?b', 'arn:aws:s3:::a/b', true],
    // a mid-segment `*` in the region cannot swallow region and account.
    ['arn:aws:ec2:us*1:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', false],
  ])('%j vs %j → %s', (pattern, resource, expected) => {
    expect(matches(pattern, resource)).toBe(expected);
  });

  it('property: a resource without wildcards matches itself and nothing longer', () => {
    const resource = fc.string().filter((s) => !/[*?]/.test(s) && !s.includes('${'));
    fc.assert(
      fc.property(resource, fc.string({ minLength: 1 }), (r, extra) => {
        expect(matches(r, r)).toBe(true);
        expect(matches(r, r + extra)).toBe(false);
      }),
    );
  });

  it('property: a trailing `*` matches any extension, colons included', () => {
    const prefix = fc.string().filter((s) => !/[*?]/.test(s) && !s.includes('${'));
    fc.assert(fc.property(prefix, fc.string(), (p, rest) => matches(`${p}*`, `${p}${rest}`)));
  });
});

describe('resourceMatches: policy variables', () => {
  const context = buildRequestContext({
    'aws:username': 'alice',
    'aws:PrincipalTag/team': '*',
    'aws:PrincipalTag/list': ['x'],
  });
  const run = (pattern: string, resource: string, enabled = true) =>
    resourceMatches(pattern, resource, enabled, context);

  it.each([
    ['arn:aws:s3:::bucket/${aws:username}/*', 'arn:aws:s3:::bucket/alice/notes.txt', true],
    ['arn:aws:s3:::bucket/${aws:username}/*', 'arn:aws:s3:::bucket/bob/notes.txt', false],
    ['arn:aws:s3:::bucket/${AWS:UserName}', 'arn:aws:s3:::bucket/alice', true],
    // A substituted value is literal: a tag value `*` is not a wildcard.
    ['arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::bucket/x/y', false],
    ['arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::bucket/*/y', true],
    ["arn:aws:s3:::bucket/${aws:PrincipalTag/dept, 'shared'}/*", 'arn:aws:s3:::bucket/shared/y', true],
    ['arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/*', true],
    ['arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/x', false],
    ['arn:aws:s3:::bucket/${?}${$}', 'arn:aws:s3:::bucket/?$', true],
    // The variable's value is followed by `*`: that `*` still ends its segment.
    [
      'arn:aws:logs:us-east-1:111122223333:log-group:${aws:username}*',
      'arn:aws:logs:us-east-1:111122223333:log-group:alice:log-stream:1',
      true,
    ],
  ])('%j vs %j → %s', (pattern, resource, expected) => {
    expect(run(pattern, resource)).toEqual({ matched: expected });
  });

  it('reports a variable without value as missing (the entry matches nothing)', () => {
    expect(run('arn:aws:s3:::bucket/${aws:PrincipalTag/dept}/*', 'arn:aws:s3:::bucket/x/y')).toEqual({
      matched: false,
      missingKey: 'aws:PrincipalTag/dept',
    });
  });

  it('treats a multivalued key as having no value', () => {
    expect(run('arn:aws:s3:::bucket/${aws:PrincipalTag/list}', 'arn:aws:s3:::bucket/x')).toEqual({
      matched: false,
      missingKey: 'aws:PrincipalTag/list',
    });
  });

  it('keeps `${…}` as literal text when variables are disabled (Version 2008-10-17)', () => {
    const pattern = 'arn:aws:s3:::bucket/${aws:username}/*';
    expect(run(pattern, 'arn:aws:s3:::bucket/alice/x', false)).toEqual({ matched: false });
    expect(run(pattern, 'arn:aws:s3:::bucket/${aws:username}/x', false)).toEqual({ matched: true });
  });
});
