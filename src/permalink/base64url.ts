/**
 * Base64url (RFC 4648 §5) without padding: the alphabet survives URLs untouched, so links need no
 * percent-encoding. Written here rather than with `btoa`/`atob` to work on bytes directly and to
 * reject, rather than skip, characters outside the alphabet.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value, or -1. Also accepts `+` and `/` (standard base64) when decoding. */
const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) table[ALPHABET.charCodeAt(index)] = index;
  table['+'.charCodeAt(0)] = 62;
  table['/'.charCodeAt(0)] = 63;
  return table;
})();

/** Encodes bytes as base64url, without `=` padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] as number;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const bits = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk += ALPHABET[bits >> 18] as string;
    chunk += ALPHABET[(bits >> 12) & 63] as string;
    if (b !== undefined) chunk += ALPHABET[(bits >> 6) & 63] as string;
    if (c !== undefined) chunk += ALPHABET[bits & 63] as string;
    // Flush now and then: long string concatenations make deep ropes in some engines.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/**
 * Decodes base64url (or standard base64; trailing `=` padding is allowed). Returns null when the
 * text has a character outside the alphabet or an impossible length.
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */ && text.length - end < 2) end--;
  // A lone trailing character carries only 6 bits: not a whole byte.
  if (end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let written = 0;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? (VALUES[code] as number) : -1;
    if (value < 0) return null;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[written++] = (bits >> count) & 0xff;
    }
  }
  return out;
}
