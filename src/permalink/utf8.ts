/** Strict UTF-8 conversion: damaged bytes are an error, not silently replaced by U+FFFD. */

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF as data rather than dropping it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The UTF-8 bytes of `text`. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 `bytes`, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
