import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';

import { classifyPath, cursorContext, statementStrings, stringAt } from './jsonContext';
import { cursor } from './testHelpers';

describe('classifyPath', () => {
  it.each([
    [['Version'], false, 'version-value'],
    [[''], true, 'policy-key'],
    [['Statement', 0, 'Eff'], true, 'statement-key'],
    [['Statement', 'Eff'], true, 'statement-key'],
    [['Statement', 0, 'Effect'], false, 'effect-value'],
    [['Statement', 2, 'Action'], false, 'action-value'],
    [['Statement', 2, 'NotAction', 3], false, 'action-value'],
    [['Statement', 'Resource', 0], false, 'resource-value'],
    [['Statement', 0, 'Condition', 'Str'], true, 'operator-key'],
    [['Statement', 0, 'Condition', 'StringEquals', 'aws:'], true, 'condition-key'],
    [['Statement', 0, 'Condition', 'StringEquals', 'aws:SourceIp'], false, 'other'],
    [['Statement', 0, 'Action', 0, 'x'], false, 'other'],
    [['Statement', 0, 'Effect', 0], false, 'other'],
    [['Statement', 0, 'Action', 0], true, 'other'],
    [['Other', 0, 'Action'], false, 'other'],
  ] as const)('%j (key: %s) is %s', (path, isKey, kind) => {
    expect(classifyPath([...path], isKey).slot.kind).toBe(kind);
  });

  it('names the operator of a condition key and the statement path', () => {
    const location = classifyPath(['Statement', 1, 'Condition', 'IpAddress', 'aws:'], true);
    expect(location).toEqual({
      slot: { kind: 'condition-key', operator: 'IpAddress' },
      statementPath: ['Statement', 1],
    });
    expect(classifyPath(['Statement', 'Action'], false).statementPath).toEqual(['Statement']);
  });
});

describe('cursorContext', () => {
  it('gives the content range and typed text inside a string', () => {
    const { text, offset } = cursor('{"Statement":[{"Action":"s3:Ge|tX"}]}');
    const context = cursorContext(text, offset);
    const start = text.indexOf('s3:');
    expect(context?.token).toEqual({
      quoted: true,
      range: { start, end: start + 'S3:GetX'.length },
      outer: { start: start - 1, end: start + 'S3:GetX'.length + 1 },
      typed: 's3:Ge',
      colonFollows: false,
      stringFollows: false,
    });
  });

  it('sees whether a key already has its colon', () => {
    const withColon = cursor('{"Statement":[{"Eff|" : "Allow"}]}');
    expect(cursorContext(withColon.text, withColon.offset)?.token.colonFollows).toBe(true);
    const without = cursor('{"Statement":[{"Eff|"}]}');
    expect(cursorContext(without.text, without.offset)?.token.colonFollows).toBe(false);
  });

  it('lists the sibling keys of a key being typed, not the key itself', () => {
    const { text, offset } = cursor('{"Statement":[{"Sid":"a","Ac|":1,"Effect":"Allow"}]}');
    expect(cursorContext(text, offset)?.siblingKeys).toEqual(['Sid', 'Effect']);
  });

  it('is null right after a string and inside numbers', () => {
    const after = cursor('{"Statement":[{"Action":"s3:GetObject"|}]}');
    expect(cursorContext(after.text, after.offset)).toBeNull();
    const number = cursor('{"Version":12|3}');
    expect(cursorContext(number.text, number.offset)).toBeNull();
  });
});

describe('statementStrings', () => {
  it('reads a string or the strings of an array', () => {
    const text = '{"Statement":[{"Action":"a:B"},{"Action":["c:D",1,"e:F"]}]}';
    const root = parseTree(text);
    expect(statementStrings(root, ['Statement', 0], 'Action')).toEqual(['a:B']);
    expect(statementStrings(root, ['Statement', 1], 'Action')).toEqual(['c:D', 'e:F']);
    expect(statementStrings(root, ['Statement', 1], 'Resource')).toEqual([]);
    expect(statementStrings(root, null, 'Action')).toEqual([]);
  });
});

describe('stringAt', () => {
  it('tells keys from values', () => {
    const key = cursor('{"Statement":{"Condition":{"Bool":{"aws:Secure|Transport":"true"}}}}');
    expect(stringAt(key.text, key.offset)?.slot).toEqual({ kind: 'condition-key', operator: 'Bool' });
    const value = cursor('{"Statement":{"Condition":{"Bool":{"aws:SecureTransport":"tr|ue"}}}}');
    expect(stringAt(value.text, value.offset)?.slot.kind).toBe('other');
    expect(stringAt(value.text, value.offset)?.value).toBe('true');
  });
});
