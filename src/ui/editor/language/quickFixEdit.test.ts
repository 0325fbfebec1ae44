import { describe, expect, it } from 'vitest';

import { quickFixEdit, quickFixTitle, suggestionValue } from './quickFixEdit';
import { testCatalog } from './testHelpers';
import type { PolicyTextEdit } from './types';

function apply(text: string, edit: PolicyTextEdit): string {
  return text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
}

function rangeOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
}

describe('quickFixEdit', () => {
  it("fixes a misspelt action with the catalog's suggestion, keeping the JSON valid", () => {
    const text = '{"Statement":[{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}';
    const suggestion = testCatalog().suggestAction('s3:GetObjekt')?.fullName;
    expect(suggestion).toBe('s3:GetObject');
    const edit = quickFixEdit(text, rangeOf(text, '"s3:GetObjekt"'), suggestion ?? '');
    const fixed = JSON.parse(apply(text, edit)) as { Statement: { Action: string }[] };
    expect(fixed.Statement[0]?.Action).toBe('s3:GetObject');
    expect(quickFixTitle(suggestion ?? '')).toBe("Replace with 's3:GetObject'");
  });

  it('titles a suggestion with control characters on one line', () => {
    expect(quickFixTitle('"s3:Get\\nObject"')).toBe("Replace with 's3:Get\\nObject'");
  });

  it.each([
    ['a quoted range, bare suggestion', '"Efect"', 'Effect', '"Effect"'],
    ['a quoted range, JSON-literal suggestion (as the parser gives them)', '"Efect"', '"Effect"', '"Effect"'],
    ['a range inside the string', 'Efect', 'Effect', 'Effect'],
    ['a range inside the string, JSON-literal suggestion', 'Efect', '"Effect"', 'Effect'],
  ])('replaces %s', (_name, covered, suggestion, expected) => {
    const text = '{"Statement":[{"Efect":"Allow"}]}';
    const range = rangeOf(text, covered);
    expect(quickFixEdit(text, range, suggestion)).toEqual({ range, text: expected });
  });

  it('escapes what JSON needs escaped', () => {
    const text = '{"Sid":"x"}';
    const edit = quickFixEdit(text, rangeOf(text, '"x"'), 'a"b');
    expect(JSON.parse(apply(text, edit))).toEqual({ Sid: 'a"b' });
  });

  it('reads suggestions as JSON literals only when they are', () => {
    expect(suggestionValue('"StringEquals"')).toBe('StringEquals');
    expect(suggestionValue('StringEquals')).toBe('StringEquals');
    expect(suggestionValue('"unterminated')).toBe('"unterminated');
    expect(suggestionValue('"a" "b"')).toBe('"a" "b"');
  });
});
