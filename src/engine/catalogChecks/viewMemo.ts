/**
 * Verdicts derived from a {@link CatalogView}, kept for as long as the view lives: the checks run
 * on every keystroke, and a view is an immutable snapshot, so nothing here goes stale. Tables are
 * keyed by the text as written, so a repeated check costs one map lookup per pattern and key.
 */
import { judgePattern, type PatternVerdict } from './checkActions';
import { createKeyMatcher, type KeyMatcher } from './keyMatcher';
import { nearestName } from './nearestName';
import type { CatalogView } from './view';

/** How a condition key is treated, before looking at the statement's actions. */
export type KeyVerdict =
  /** Global, or not judged (unknown prefix, variable, global keys not loaded). */
  | 'accept'
  /** Must be supported by one of the statement's actions. */
  | 'check';

/** Memoised lookups over one view. */
export interface ViewMemo {
  /** What the catalog says about an action pattern. */
  pattern(pattern: string): PatternVerdict;
  /**
   * The condition keys any action matching the pattern supports, or null when some matching
   * action's service details are not loaded (or the pattern matches nothing).
   */
  patternKeys(pattern: string): KeyMatcher | null;
  /** Whether a condition key needs an action that supports it. */
  key(key: string): KeyVerdict;
}

const LIMIT = 2048;
const memos = new WeakMap<CatalogView, ViewMemo>();

/** A bounded memo table: cleared when full, so a long editing session cannot grow it. */
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}

function buildPatternKeys(view: CatalogView, pattern: string): KeyMatcher | null {
  const actions = view.actionsMatching(pattern);
  if (actions.length === 0) return null;
  const lists: (readonly string[])[] = [];
  for (const action of actions) {
    const keys = view.actionConditionKeys(action);
    if (keys === undefined) return null;
    lists.push(keys);
  }
  return createKeyMatcher(lists);
}

/**
 * Documented choice: only `aws:` keys and keys of a catalog service are judged. Keys of identity
 * providers (`saml:`, `accounts.google.com:`, any OIDC provider such as
 * `oidc.eks.<region>.amazonaws.com/id/<id>:sub`) are open-ended, so they are never reported.
 * Keys holding a variable or without a prefix are the parser's business.
 */
function judgeKey(view: CatalogView, key: string): KeyVerdict {
  if (key.includes('${')) return 'accept';
  const colon = key.indexOf(':');
  if (colon <= 0) return 'accept';
  const prefix = key.slice(0, colon);
  if (prefix.toLowerCase() !== 'aws' && !view.hasService(prefix)) return 'accept';
  // Global, or the global keys are not loaded: nothing to report either way.
  return view.isGlobalConditionKey(key) === false ? 'check' : 'accept';
}

/** The memo of `view`, created on first use. */
export function viewMemo(view: CatalogView): ViewMemo {
  let memo = memos.get(view);
  if (memo === undefined) {
    const nearestService = memoize((prefix) => nearestName(prefix, view.servicePrefixes));
    memo = {
      pattern: memoize((pattern) => judgePattern(pattern, view, nearestService)),
      patternKeys: memoize((pattern) => buildPatternKeys(view, pattern)),
      key: memoize((key) => judgeKey(view, key)),
    };
    memos.set(view, memo);
  }
  return memo;
}
