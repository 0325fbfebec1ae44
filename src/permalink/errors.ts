/** The errors a permalink decode can return, as values with messages a person understands. */
import type { SharedState } from './schema';

/** Every error code of `decodePermalink`. */
export const PERMALINK_ERROR_CODES = [
  'unsupported-version',
  'malformed',
  'too-large',
  'invalid-payload',
] as const;

/** Why a link could not be opened. */
export type PermalinkErrorCode = (typeof PERMALINK_ERROR_CODES)[number];

/** A decode failure: a stable code for the app, and a sentence for the person. */
export interface PermalinkError {
  readonly code: PermalinkErrorCode;
  readonly message: string;
}

/**
 * Result of `decodePermalink`. `migratedFrom` is the format version the link was written in when
 * it was older than the current one (the app may offer to update the address).
 */
export type DecodeResult =
  | { readonly ok: true; readonly state: SharedState; readonly migratedFrom?: number }
  | { readonly ok: false; readonly error: PermalinkError };

/** A failed `DecodeResult` with `code` and `message`. */
export function decodeFailure(code: PermalinkErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}
