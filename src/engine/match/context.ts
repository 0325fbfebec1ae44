/**
 * Request-context helpers shared by resource matching and conditions: building the
 * lower-cased map, case-insensitive lookups, and the value a policy variable resolves to.
 */
import type { ContextEntry, ContextValue, RequestContext } from '../types';
import { BoundedCache } from './cache';

const lowerCache = new BoundedCache<string>(10_000);

/** The map key for a context-key name: names compare case-insensitively (docs/iam-semantics.md §4.5). */
export function contextKey(name: string): string {
  return lowerCache.get(name, (n) => n.toLowerCase());
}

/** Looks `name` up case-insensitively. */
export function contextEntry(context: RequestContext, name: string): ContextEntry | undefined {
  return context.get(contextKey(name));
}

/**
 * The value a policy variable `${name}` takes, or undefined when it has none. Multivalued
 * keys cannot be variables (docs/iam-semantics.md §4.4), so an array-valued entry counts as missing even
 * when it holds one value.
 */
export function variableValue(context: RequestContext, name: string): string | undefined {
  const entry = contextEntry(context, name);
  if (entry === undefined || entry.multivalued) return undefined;
  return entry.values[0];
}

/**
 * Builds a {@link RequestContext} from a request's `context` object. A string is a
 * single-valued key; an array is a multivalued key whatever its length.
 * Documented choice: when two names differ only in case, the later one wins (AWS keys are
 * case-insensitive, so a real request cannot carry both).
 */
export function buildRequestContext(values: Readonly<Record<string, ContextValue>>): RequestContext {
  const context = new Map<string, ContextEntry>();
  for (const [key, value] of Object.entries(values)) {
    const multivalued = typeof value !== 'string';
    context.set(contextKey(key), { key, values: multivalued ? [...value] : [value], multivalued });
  }
  return context;
}
