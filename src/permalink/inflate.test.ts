import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { inflateBounded } from './inflate';

/**
 * A hand-built raw-deflate bomb: one fixed-Huffman block holding a literal 0 and then `repeats`
 * copies of <length 258, distance 1>, i.e. 1 + 258 × repeats zero bytes from 13 bits per copy.
 * Building it by hand avoids compressing gigabytes in the test.
 */
function zeroBomb(repeats: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * repeats + 7) / 8) + 1);
  let bit = 0;
  // Header fields and extra bits are packed least-significant bit first…
  const writeLsb = (value: number, count: number): void => {
    for (let index = 0; index < count; index++, bit++) {
      if ((value >> index) & 1) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
    }
  };
  // …Huffman codes most-significant bit first (RFC 1951 §3.1.1).
  const writeCode = (code: number, count: number): void => {
    for (let index = count - 1; index >= 0; index--) writeLsb((code >> index) & 1, 1);
  };
  writeLsb(1, 1); // BFINAL
  writeLsb(1, 2); // BTYPE 01: fixed Huffman codes
  writeCode(0b00110000, 8); // literal 0
  for (let index = 0; index < repeats; index++) {
    writeCode(0b11000101, 8); // length code 285: 258 bytes
    writeCode(0, 5); // distance code 0: distance 1
  }
  writeCode(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

describe('inflateBounded', () => {
  it('inflates data under the cap', () => {
    const text = new TextEncoder().encode('{"a": "b"} '.repeat(1000));
    const result = inflateBounded(deflateSync(text), 1_000_000);
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it('inflates with a preset dictionary', () => {
    const dictionary = new TextEncoder().encode('"Effect": "Allow", "Action": "s3:GetObject"');
    const text = new TextEncoder().encode('{"Effect": "Allow", "Action": "s3:GetObject"}');
    const result = inflateBounded(deflateSync(text, { dictionary }), 1000, dictionary);
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it('checks the hand-built bomb is a valid stream', () => {
    const result = inflateBounded(zeroBomb(10), 10_000);
    expect(result).toEqual({ ok: true, bytes: new Uint8Array(1 + 258 * 10) });
  });

  it('accepts output of exactly the cap and refuses one byte more', () => {
    const bomb = zeroBomb(4);
    expect(inflateBounded(bomb, 1 + 258 * 4).ok).toBe(true);
    expect(inflateBounded(bomb, 258 * 4)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops a 1 GB bomb at the cap instead of inflating it', { timeout: 30_000 }, () => {
    const bomb = zeroBomb(4_200_000);
    expect(bomb.length).toBeLessThan(7_000_000);
    expect(inflateBounded(bomb, 5 * 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
  });

  it.each([
    ['empty input', new Uint8Array()],
    [
      'a truncated stream',
      deflateSync(new TextEncoder().encode('x'.repeat(10_000) + 'yz'.repeat(500))).subarray(0, 20),
    ],
    ['an invalid block type', new Uint8Array([0b111])],
  ])('reports %s as malformed', (_name, input) => {
    expect(inflateBounded(input, 1_000_000)).toEqual({ ok: false, reason: 'malformed' });
  });
});
