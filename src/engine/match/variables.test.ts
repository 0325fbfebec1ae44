import { describe, expect, it } from 'vitest';
import { scanVariables, substituteVariables, type VariableToken } from './variables';

describe('scanVariables', () => {
  it.each<[string, VariableToken[]]>([
    ['no variables', []],
    ['a/${aws:username}/b', [{ kind: 'key', start: 2, end: 17, key: 'aws:username', defaultValue: null }]],
    [
      "${aws:PrincipalTag/team, 'company-wide'}",
      [{ kind: 'key', start: 0, end: 40, key: 'aws:PrincipalTag/team', defaultValue: 'company-wide' }],
    ],
    [
      '${*}${?}${$}',
      [
        { kind: 'literal', start: 0, end: 4, char: '*' },
        { kind: 'literal', start: 4, end: 8, char: '?' },
        { kind: 'literal', start: 8, end: 12, char: '$' },
      ],
    ],
    ['x${}', [{ kind: 'malformed', start: 1, end: 4, problem: 'empty' }]],
    ['${aws: username}', [{ kind: 'malformed', start: 0, end: 16, problem: 'space' }]],
    ['${aws:username, default}', [{ kind: 'malformed', start: 0, end: 24, problem: 'missing-quote' }]],
    ['${aws:username', [{ kind: 'malformed', start: 0, end: 14, problem: 'missing-brace' }]],
  ])('%j', (text, expected) => {
    expect(scanVariables(text)).toEqual(expected);
  });
});

describe('substituteVariables', () => {
  const values: Record<string, string> = { 'aws:username': 'a*b' };
  const lookup = (key: string) => values[key.toLowerCase()];

  it('returns the pattern untouched when disabled or variable-free', () => {
    expect(substituteVariables('x/${aws:username}', false, lookup)).toEqual({
      ok: true,
      pieces: [{ text: 'x/${aws:username}', literal: false }],
    });
    expect(substituteVariables('x/*', true, lookup)).toEqual({
      ok: true,
      pieces: [{ text: 'x/*', literal: false }],
    });
  });

  it('makes substituted values and special literals literal pieces', () => {
    expect(substituteVariables('x/${aws:username}/${*}/*', true, lookup)).toEqual({
      ok: true,
      pieces: [
        { text: 'x/', literal: false },
        { text: 'a*b', literal: true },
        { text: '/', literal: false },
        { text: '*', literal: true },
        { text: '/*', literal: false },
      ],
    });
  });

  it('uses the default only when the key is missing', () => {
    expect(substituteVariables("${aws:username, 'd'}", true, lookup)).toEqual({
      ok: true,
      pieces: [{ text: 'a*b', literal: true }],
    });
    expect(substituteVariables("${aws:userid, 'd'}", true, lookup)).toEqual({
      ok: true,
      pieces: [{ text: 'd', literal: true }],
    });
  });

  it('reports the first missing key', () => {
    expect(substituteVariables('${aws:userid}${aws:other}', true, lookup)).toEqual({
      ok: false,
      missingKey: 'aws:userid',
    });
  });

  it('keeps malformed variables as literal text', () => {
    expect(substituteVariables('a${}b', true, lookup)).toEqual({
      ok: true,
      pieces: [
        { text: 'a', literal: false },
        { text: '${}', literal: true },
        { text: 'b', literal: false },
      ],
    });
  });
});
