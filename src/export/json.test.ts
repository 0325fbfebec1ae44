import { describe, expect, it } from 'vitest';

import { compactPolicyText, losslessObject, minifyJsonText } from './json';

describe(minifyJsonText, () => {
  it('drops whitespace outside strings only', () => {
    expect(minifyJsonText('{ "a b" : [ 1 , "x \\" y" ] }\n')).toBe('{"a b":[1,"x \\" y"]}');
  });
});

describe(losslessObject, () => {
  it.each([
    ['{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n', true],
    ['{"a": 1, "a": 2}', false],
    ['{"n": 1.0}', false],
    ['{"s": "\\u0041"}', false],
    ['[1]', false],
    ['{"x": ', false],
  ])('%j → object: %s', (text, lossless) => {
    expect(losslessObject(text) !== null).toBe(lossless);
  });
});

describe(compactPolicyText, () => {
  it('minifies valid JSON and keeps anything else as it is', () => {
    expect(compactPolicyText('{\n  "a": [1, 2]\n}')).toBe('{"a":[1,2]}');
    expect(compactPolicyText('{ "a": ')).toBe('{ "a": ');
  });
});
