import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './binary';
import { getConditionOperator } from './registry';

const binaryEquals = (request: string, policy: string): boolean => {
  const op = getConditionOperator('BinaryEquals');
  if (op === undefined) throw new Error('BinaryEquals');
  return op.test(request, policy);
};

const bytes = (...codes: number[]): string => String.fromCharCode(...codes);

describe('decodeBase64', () => {
  it.each([
    ['', ''],
    ['QQ==', 'A'],
    ['QQ', 'A'],
    ['QUI=', 'AB'],
    ['QUJD', 'ABC'],
    ['QmluYXJ5', 'Binary'],
    ['/w==', bytes(255)],
    ['AP8A', bytes(0, 255, 0)],
  ])('%j → %j', (text, expected) => {
    expect(decodeBase64(text)).toBe(expected);
  });

  it.each(['Q', 'QQ=', 'QQ===', 'Q Q=', 'QQ-_', '====', 'QUJD=', '!'])('%j is not base 64', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('BinaryEquals', () => {
  it.each([
    ['QmluYXJ5', 'QmluYXJ5', true],
    ['QQ', 'QQ==', true], // the bytes matter, not the padding
    ['QmluYXJ5', 'QmluYXJ6', false],
    ['not base64!', 'not base64!', false],
  ])('%j vs %j → %s', (request, policy, expected) => {
    expect(binaryEquals(request, policy)).toBe(expected);
  });
});
