/** Memoised async loading: one load per key, concurrent callers share it, failures may be retried. */

import type { CatalogResult } from './types';

/** Loads and caches values by key. */
export type Memo<T> = (key: string) => Promise<CatalogResult<T>>;

/**
 * Wraps `load` so that each key is loaded once: callers that arrive while a load is in flight get
 * the same promise; a success is kept, a failure is forgotten so a later call can try again
 * (a dropped network request should not poison the session).
 */
export function memoize<T>(load: (key: string) => Promise<CatalogResult<T>>): Memo<T> {
  const cache = new Map<string, Promise<CatalogResult<T>>>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const pending = load(key).then((result) => {
      if (!result.ok) cache.delete(key);
      return result;
    });
    cache.set(key, pending);
    return pending;
  };
}

/** Calls an injected loader, turning a thrown error or rejection into a `load-failed` value. */
export async function callLoader(
  what: string,
  load: () => Promise<unknown>,
): Promise<CatalogResult<unknown>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'load-failed', message: `could not load ${what}: ${reason}` } };
  }
}
