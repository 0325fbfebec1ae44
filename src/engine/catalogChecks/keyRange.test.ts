import { describe, expect, it } from 'vitest';

import type { SourceRange } from '../types';
import { keyTokenRange } from './keyRange';

/** A range over one line of `text` from `start` to `end` (offsets), lines and columns counted here. */
function rangeOf(text: string, start: number, end: number): SourceRange {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
  };
  return { start: at(start), end: at(end) };
}

describe('keyTokenRange', () => {
  it.each([
    ['{\n  "s3:prefix": "x"\n}', '"s3:prefix"'],
    ['{"a\\"b:c": 1}', '"a\\"b:c"'],
    ['{"s3:max-key\\u0073" : ["1"]}', '"s3:max-key\\u0073"'],
    ['{\n\t\t"aws:PrincipalTag/\\\\team":\n "x"}', '"aws:PrincipalTag/\\\\team"'],
  ])('finds the key token in %j', (text, token) => {
    const start = text.indexOf('"');
    const member = rangeOf(text, start, text.lastIndexOf('"') + 1);
    const range = keyTokenRange(text, member);
    expect(text.slice(range.start.offset, range.end.offset)).toBe(token);
    expect(range).toEqual(rangeOf(text, start, start + token.length));
  });

  it('falls back to the member when the text does not hold a string there', () => {
    const member = rangeOf('{ x: 1 }', 2, 6);
    expect(keyTokenRange('{ x: 1 }', member)).toBe(member);
    const unterminated = rangeOf('{"abc', 1, 5);
    expect(keyTokenRange('{"abc', unterminated)).toBe(unterminated);
  });
});
