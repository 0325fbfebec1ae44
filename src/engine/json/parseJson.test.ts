import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, objectProperties, scalarText } from './nodes';
import { findTooDeep, MAX_JSON_DEPTH, parseJson } from './parseJson';

describe('parseJson syntax messages', () => {
  it.each([
    ['missing comma', '{"a": 1 "b": 2}', 'Expected a comma', '"b"'],
    ['unexpected end', '{"a": [1, 2', 'Unexpected end of text', ''],
    ['single-quoted key', "{'a': 1}", 'Property keys must be double-quoted', "'a'"],
    ['bare key', '{a: 1}', 'Property keys must be double-quoted', 'a'],
    ['single-quoted value', '{"a": \'x\'}', 'Strings must be double-quoted', "'x'"],
    ['trailing comma in object', '{"a": 1,}', 'Trailing commas are not allowed', '}'],
    ['trailing comma in array', '{"a": [1,]}', 'Trailing commas are not allowed', ']'],
    ['comment', '{"a": 1} // note', 'Comments are not allowed', '// note'],
    ['missing colon', '{"a" 1}', 'Expected a colon', '1'],
    ['text after the end', '{"a": 1} x', 'Unexpected text after the end', 'x'],
    ['bad literal', '{"a": tru}', 'Unexpected "tru"', 'tru'],
  ])('%s', (_, text, message, token) => {
    const { errors } = parseJson(text);
    const first = errors[0];
    expect(first?.message).toContain(message);
    expect(first && text.slice(first.offset, first.offset + first.length)).toBe(token);
  });

  it('recovers after an error so later members are still in the tree', () => {
    const { root, errors } = parseJson('{"a": 1 "b": 2, "c": 3}');
    expect(errors.length).toBeGreaterThan(0);
    expect(objectProperties(root ?? { type: 'null', offset: 0, length: 0 }).map((p) => p.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('refuses nesting beyond the limit without recursing', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const out = parseJson(text);
    expect(out.root).toBeUndefined();
    expect(out.tooDeep).toEqual({ offset: MAX_JSON_DEPTH });
  });

  it('accepts nesting up to the limit', () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(text).tooDeep).toBeNull();
  });

  it('ignores brackets inside strings, including after escaped quotes', () => {
    const text = `["${'['.repeat(500)}\\"${'{'.repeat(500)}"]`;
    expect(findTooDeep(text, 5)).toBe(-1);
  });
});

describe('findDuplicateKeys', () => {
  it('finds repeats in nested objects, in text order, case-sensitively', () => {
    const text = '{"a": 1, "A": 2, "b": {"x": 1, "x": 2}, "a": [ {"k": 1, "k": 2} ]}';
    const { root } = parseJson(text);
    const dups = root ? findDuplicateKeys(root) : [];
    expect(dups.map((d) => [d.key, d.keyNode.offset])).toEqual([
      ['x', text.indexOf('"x"', text.indexOf('"x"') + 1)],
      ['a', text.lastIndexOf('"a"')],
      ['k', text.lastIndexOf('"k"')],
    ]);
  });

  it('handles objects with many keys', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `"k${i}": ${i}`);
    const text = `{${keys.join(', ')}, "k7": 0}`;
    const { root } = parseJson(text);
    expect(root ? findDuplicateKeys(root).map((d) => d.key) : []).toEqual(['k7']);
  });
});

describe('scalarText', () => {
  it('keeps numbers as written and booleans as words', () => {
    const text = '[1.50, -0, 1e3, true, false, "s", null]';
    const { root } = parseJson(text);
    expect((root?.children ?? []).map((n) => scalarText(text, n))).toEqual([
      '1.50',
      '-0',
      '1e3',
      'true',
      'false',
      's',
      null,
    ]);
  });
});
