import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatcher, hasWildcard, piecesMatcher } from './wildcard';

describe('globMatcher', () => {
  it.each([
    // pattern, text, ignoreCase, expected
    ['*', '', false, true],
    ['*', 'anything:at/all', false, true],
    ['a*', 'a', false, true],
    ['a*c', 'abbbc', false, true],
    ['a*c', 'abbb', false, false],
    ['a?c', 'abc', false, true],
    ['a?c', 'ac', false, false],
    ['a?c', 'abbc', false, false],
    ['*:*', 'x:y:z', false, true],
    ['a.c', 'abc', false, false],
    ['a.c', 'a.c', false, true],
    ['(x)+[y]', '(x)+[y]', false, true],
    ['^$\\{}|/', '^$\\{}|/', false, true],
    ['AbC', 'abc', false, false],
    ['AbC', 'abc', true, true],
    ['A*C', 'abbbc', true, true],
    ['a*', 'a\nb', false, true],
    ['a?b', 'a\nb', false, true],
  ])('%j against %j (ignoreCase %s) → %s', (pattern, text, ignoreCase, expected) => {
    expect(globMatcher(pattern, ignoreCase)(text)).toBe(expected);
  });

  it('returns the same compiled matcher for the same pattern', () => {
    expect(globMatcher('s3:Get*', true)).toBe(globMatcher('s3:Get*', true));
  });

  const noWildcards = fc.string().filter((s) => !s.includes('*') && !s.includes('?'));

  it('property: `*` matches every string', () => {
    fc.assert(fc.property(fc.string(), (text) => globMatcher('*', false)(text)));
  });

  it('property: a pattern without wildcards matches only itself', () => {
    fc.assert(
      fc.property(noWildcards, fc.string(), (pattern, text) => {
        expect(globMatcher(pattern, false)(text)).toBe(pattern === text);
        expect(globMatcher(pattern, false)(pattern)).toBe(true);
      }),
    );
  });

  it('property: prefix*suffix matches prefix + anything + suffix', () => {
    fc.assert(
      fc.property(noWildcards, fc.string(), noWildcards, (prefix, middle, suffix) =>
        globMatcher(`${prefix}*${suffix}`, false)(prefix + middle + suffix),
      ),
    );
  });

  it('property: n question marks match exactly the strings of length n', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.string({ unit: 'binary-ascii', maxLength: 8 }), (n, text) => {
        expect(globMatcher('?'.repeat(n), false)(text)).toBe(text.length === n);
      }),
    );
  });

  it('property: ignoring case, an ASCII pattern matches its upper- and lower-case forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const pattern = text.replace(/[*?]/g, '');
        const matcher = globMatcher(pattern, true);
        return matcher(pattern.toUpperCase()) && matcher(pattern.toLowerCase());
      }),
    );
  });
});

describe('globMatcher for action names (catalog lookups, ignoring case)', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:get', true],
    ['S3:GETOBJECT', 's3:GetObject', true],
    ['s3:Get*', 'xs3:GetObject', false],
    ['s3:Get', 's3:GetObject', false],
    ['ec2:*VpcPeeringConnection', 'ec2:RunInstances', false],
    ['ec2:*VpcPeeringConnection', 'ec2:AcceptVpcPeeringConnection', true],
    ['iam:?assRole', 'iam:PassRole', true],
    ['iam:?assRole', 'iam:assRole', false],
    ['*', '', true],
    ['***', 's3:x', true],
    ['s3.*', 's3:x', false],
    ['s3.*', 's3.x', true],
    ['a+(b)[c]{1}|^$\\/', 'a+(b)[c]{1}|^$\\/', true],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(globMatcher(pattern, true)(name)).toBe(expected);
  });
});

describe('hasWildcard', () => {
  it.each([
    ['s3:GetObject', false],
    ['s3:*', true],
    ['s3:Get?bject', true],
  ])('%j → %s', (pattern, expected) => {
    expect(hasWildcard(pattern)).toBe(expected);
  });
});

describe('piecesMatcher', () => {
  it.each([
    [[{ text: 'a*', literal: false }], 'abc', true],
    [[{ text: 'a*', literal: true }], 'abc', false],
    [[{ text: 'a*', literal: true }], 'a*', true],
    [
      [
        { text: 'x/', literal: false },
        { text: '?', literal: true },
        { text: '/*', literal: false },
      ],
      'x/?/y',
      true,
    ],
    [
      [
        { text: 'x/', literal: false },
        { text: '?', literal: true },
        { text: '/*', literal: false },
      ],
      'x/a/y',
      false,
    ],
  ])('%j against %j → %s', (pieces, text, expected) => {
    expect(piecesMatcher(pieces, false)(text)).toBe(expected);
  });

  it('folds case when asked', () => {
    expect(piecesMatcher([{ text: 'ABC', literal: true }], true)('abc')).toBe(true);
    expect(piecesMatcher([{ text: 'ABC', literal: true }], false)('abc')).toBe(false);
  });
});
