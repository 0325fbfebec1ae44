import { describe, expect, it } from 'vitest';

import { escapeControls, escapeControlsInJson } from './controlCharacters';

describe('escapeControls', () => {
  it.each([
    ['line breaks and tabs', 'a\nb\r\nc\td', 'a\\nb\\r\\nc\\td'],
    ['terminal escapes', '\u001b[2J\u001b[HDecision: Allowed\u0007', '\\x1b[2J\\x1b[HDecision: Allowed\\x07'],
    ['DEL and C1 controls', 'a\u007fb\u009bc\u0085d', 'a\\x7fb\\x9bc\\x85d'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['bidirectional formatting', 'a\u202eb\u2066c\u200fd\u061ce', 'a\\u202eb\\u2066c\\u200fd\\u061ce'],
  ])('shows %s as escapes', (_what, text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it('keeps every other character, backslashes and non-Latin text included', () => {
    const text = 'arn:aws:s3:::bücket/キー/\\x1b ${aws:username} 🙂';
    expect(escapeControls(text)).toBe(text);
  });
});

describe('escapeControlsInJson', () => {
  it('escapes what JSON.stringify leaves raw, and reads back as the same value', () => {
    const value = { name: 'a\u009b2Jb\u202ec\u2028d\u007f', text: 'e\u001bf\ng' };
    const json = escapeControlsInJson(JSON.stringify(value, null, 2));
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
