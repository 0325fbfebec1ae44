/** The BinaryEquals operator (docs/iam-semantics.md §4.1): byte-for-byte comparison of base-64 values. */
import { BoundedCache } from '../match/cache';
import type { ConditionOperator } from './operator';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/**
 * Decodes standard base 64 (padding optional) into a string with one char per byte, so two
 * values compare with `===`. Null when `text` is not base 64. `atob` is not used: the engine
 * compiles without the DOM library.
 */
export function decodeBase64(text: string): string | null {
  if (!BASE64.test(text)) return null;
  let bytes = '';
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    if (char === '=') break;
    buffer = ((buffer << 6) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

const cache = new BoundedCache<string | null>(10_000);
const decode = (text: string): string | null => cache.get(text, decodeBase64);

/**
 * BinaryEquals. Documented choice: the request value is given base-64 encoded too (a JSON
 * scenario cannot carry raw bytes); both sides are decoded and the bytes compared, so
 * padding differences do not matter. A value that is not base 64 never matches.
 */
export const BINARY_OPERATORS: readonly ConditionOperator[] = [
  {
    name: 'BinaryEquals',
    family: 'Binary',
    negated: false,
    supportsVariables: false,
    supportsWildcards: false,
    test: (request, policy) => {
      const r = decode(request);
      return r !== null && r === decode(policy);
    },
  },
];
