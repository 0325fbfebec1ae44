import { describe, expect, it } from 'vitest';

import { readPolicyDocument } from './documents';

const DOC = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a+b/*' }],
};
const PRETTY = `${JSON.stringify(DOC, null, 2)}\n`;

describe(readPolicyDocument, () => {
  it.each([
    ['an object', DOC],
    ['plain JSON text', JSON.stringify(DOC)],
    ['RFC 3986 URL-encoded JSON', encodeURIComponent(JSON.stringify(DOC, null, 4))],
    [
      'lower-case percent escapes',
      encodeURIComponent(JSON.stringify(DOC)).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    ],
    [
      'form encoding with + for spaces',
      encodeURIComponent(JSON.stringify(DOC, null, 1)).replace(/%20/g, '+'),
    ],
  ])('reads %s', (_label, value) => {
    expect(readPolicyDocument(value)).toEqual({ ok: true, text: PRETTY });
  });

  it.each([
    [null, /is null/],
    [[DOC], /is an array/],
    [42, /is a number/],
    ['%E0%A4%A', /not valid URL-encoded/],
    ['%5B1%5D', /does not decode to a JSON object/],
    ['Version: 2012-10-17', /neither a JSON object nor URL-encoded/],
  ])('rejects %j', (value, reason) => {
    const read = readPolicyDocument(value);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });
});
