/**
 * Raw-deflate decompression with an output cap. A link of a few kilobytes can inflate to
 * gigabytes (a "zip bomb"), so the input is fed to fflate's streaming `Inflate` in small pieces
 * and decoding stops as soon as the output passes the cap: one piece of `CHUNK` bytes inflates to
 * at most ~1032 × `CHUNK` bytes, which bounds what is allocated past the cap.
 */
import { Inflate } from 'fflate';

/** Compressed bytes fed to the inflater at a time. */
const CHUNK = 4096;

/** Result of `inflateBounded`. */
export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'malformed' };

/**
 * Inflates raw-deflate `input` (compressed with `dictionary`, if given), refusing output over
 * `maxBytes`. Never throws.
 */
export function inflateBounded(input: Uint8Array, maxBytes: number, dictionary?: Uint8Array): InflateResult {
  // fflate returns empty output for empty input; a deflate stream has at least one block.
  if (input.length === 0) return { ok: false, reason: 'malformed' };
  const pieces: Uint8Array[] = [];
  let total = 0;
  let overflow = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (data) => {
    total += data.length;
    if (total > maxBytes) overflow = true;
    else if (data.length > 0) pieces.push(data);
  });
  try {
    for (let start = 0; start < input.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, input.length);
      inflater.push(input.subarray(start, end), end === input.length);
      if (overflow) return { ok: false, reason: 'too-large' };
    }
  } catch {
    // fflate throws on invalid or truncated data.
    return overflow ? { ok: false, reason: 'too-large' } : { ok: false, reason: 'malformed' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return { ok: true, bytes };
}
