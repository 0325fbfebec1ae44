/** The request context as the evaluator sees it: derived caller keys overlaid by the request's own. */

import type { ContextEntry, Request, RequestContext } from '../types';

/**
 * Builds the context of one request from the caller's derived keys (precomputed per
 * scenario) and the request's values; request values win over derived ones. Keys are
 * lower-cased; an array value is multivalued whatever its length (docs/iam-semantics.md §4.4). Without
 * request values the shared base map is returned as is.
 */
export function buildContext(base: ReadonlyMap<string, ContextEntry>, request: Request): RequestContext {
  const values = request.context;
  let context: Map<string, ContextEntry> | null = null;
  for (const key in values) {
    if (!Object.prototype.hasOwnProperty.call(values, key)) continue;
    const value = values[key];
    if (value === undefined) continue;
    context ??= new Map(base);
    context.set(
      key.toLowerCase(),
      typeof value === 'string'
        ? { key, values: [value], multivalued: false }
        : { key, values: value, multivalued: true },
    );
  }
  return context ?? base;
}
