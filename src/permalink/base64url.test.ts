import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeBase64Url, encodeBase64Url } from './base64url';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('encodeBase64Url', () => {
  // Vectors from RFC 4648 §10, without padding.
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as %j', (text, expected) => {
    expect(encodeBase64Url(new TextEncoder().encode(text))).toBe(expected);
  });

  it('uses - and _ instead of + and /', () => {
    expect(encodeBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
  });
});

describe('decodeBase64Url', () => {
  it.each([
    ['Zm9vYmE', 'fooba'],
    ['Zm9vYmE=', 'fooba'],
    ['Zm9vYg==', 'foob'],
  ])('decodes %j', (text, expected) => {
    expect(new TextDecoder().decode(decodeBase64Url(text) ?? undefined)).toBe(expected);
  });

  it('also reads standard base64 + and /', () => {
    expect(decodeBase64Url('+/+/')).toEqual(bytes(0xfb, 0xff, 0xbf));
  });

  it.each([['a'], ['Zm9v!'], ['Zm9v Yg'], ['Zm9vé'], ['Zg==='], ['=Zg']])('refuses %j', (text) => {
    expect(decodeBase64Url(text)).toBeNull();
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(decodeBase64Url(encodeBase64Url(data))).toEqual(data);
      }),
    );
  });

  it('agrees with the platform base64 encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        const reference = Buffer.from(data).toString('base64url');
        expect(encodeBase64Url(data)).toBe(reference);
      }),
    );
  });
});
