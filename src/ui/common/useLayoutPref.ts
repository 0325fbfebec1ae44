import { useCallback, useSyncExternalStore } from 'react';

import { browserLayoutPrefs } from './layoutPrefs';

/** Clamps `value` into `[min, max]`. */
export function clampTo(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Every remembered layout number, re-rendering on change, and its setter. Readers clamp what they
 * read, so a stale or hand-edited value can never make a pane unusable.
 */
export function useLayoutPrefs(): [ReadonlyMap<string, number>, (key: string, value: number) => void] {
  const prefs = browserLayoutPrefs();
  const values = useSyncExternalStore(prefs.subscribe, prefs.snapshot);
  return [values, prefs.set];
}

/** One remembered layout number (a split fraction, a column width), clamped to `[min, max]`. */
export function useLayoutPref(
  key: string,
  fallback: number,
  min: number,
  max: number,
): [number, (value: number) => void] {
  const [values, setValue] = useLayoutPrefs();
  const set = useCallback((value: number) => setValue(key, value), [setValue, key]);
  return [clampTo(values.get(key) ?? fallback, min, max), set];
}
