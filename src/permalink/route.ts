/**
 * Which kind of link the URL fragment is, so the app can dispatch: a shared state, a built-in
 * example, a legacy link, nothing, or something it does not know. Only the shape is checked
 * here; `decodePermalink` does the decoding.
 */
import { isLegacyHash } from './migrations';

/** Ids of built-in examples: lower-case letters, digits and dashes. */
export const EXAMPLE_ID_PATTERN = /^[a-z0-9-]{1,64}$/;

/** What a URL fragment asks for. `encoded` is what `decodePermalink` takes. */
export type HashRoute =
  | { readonly kind: 'empty' }
  | { readonly kind: 'state'; readonly encoded: string }
  | { readonly kind: 'legacy'; readonly encoded: string }
  | { readonly kind: 'example'; readonly id: string }
  | { readonly kind: 'unknown'; readonly message: string };

const EXAMPLE_PREFIX = 'example=';

/** Classifies a fragment such as `location.hash` (with or without `#`). Never throws. */
export function parseHashRoute(hash: string): HashRoute {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { kind: 'empty' };
  if (body.startsWith('s=')) return { kind: 'state', encoded: body };
  if (body.startsWith(EXAMPLE_PREFIX)) {
    const id = body.slice(EXAMPLE_PREFIX.length);
    return EXAMPLE_ID_PATTERN.test(id)
      ? { kind: 'example', id }
      : { kind: 'unknown', message: 'This link names an example the playground does not know.' };
  }
  if (isLegacyHash(body)) return { kind: 'legacy', encoded: body };
  return { kind: 'unknown', message: 'The part of this link after # is not one the playground understands.' };
}
